//! The media toolchain behind the detection workers: decoding (the `image` crate, FFmpeg via
//! ffmpeg-next, symphonia), the ONNX Runtime models, and C2PA Content Credentials. Kept out of
//! `veracity-adapters` so that the API and the application layer build without any of it.

pub mod c2pa;
pub mod decode;
pub mod onnx;

pub use decode::frames::decode_frames;
pub use decode::{MediaProbe, VideoSampling, decode, decode_audio, decode_image};

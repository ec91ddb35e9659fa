//! Video containers (MP4, MOV, WebM, MKV, AVI, WMV) with FFmpeg: metadata, frames sampled at
//! 1 fps (at most `max_frames`, spread evenly over long videos) and the first audio track.

use std::sync::Once;

use ffmpeg::format::Sample;
use ffmpeg::format::sample::Type as SampleLayout;
use ffmpeg::software::scaling;
use ffmpeg_next as ffmpeg;
use veracity_domain::detection::report::MediaMetadata;
use veracity_domain::detection::{MediaFormat, MediaLimits, MediaType};
use veracity_domain::ports::{AudioClip, DecodedMedia, Frame, RgbImage};

use super::MediaError;
use super::resample::{MonoBuffer, TARGET_RATE};
use super::{MAX_DECODED_FPS, SAMPLE_RATES};

/// How frames are picked from a video.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VideoSampling {
    /// At most this many frames per video.
    pub max_frames: u32,
    /// Sampled frames are scaled down so their longer side is at most this.
    pub max_side: u32,
    /// FFmpeg decoder threads (0 = one per core).
    pub threads: usize,
}

impl Default for VideoSampling {
    fn default() -> Self {
        Self { max_frames: 64, max_side: 1024, threads: 0 }
    }
}

/// Times (seconds) to sample: every second for short videos, else `max` spread evenly.
pub fn sample_times(duration: f64, max: u32) -> Vec<f64> {
    if duration <= 0.0 || max == 0 {
        return vec![0.0];
    }
    let per_second = duration.ceil() as u32;
    if per_second <= max {
        (0..per_second).map(f64::from).collect()
    } else {
        (0..max).map(|k| (f64::from(k) + 0.5) * duration / f64::from(max)).collect()
    }
}

/// FFmpeg's demuxer for each sniffed container: the demuxer is named, never probed from the
/// content, so a file sniffed as MP4 cannot be read as a playlist, an image sequence or a
/// device.
fn demuxer(format: MediaFormat) -> Option<&'static std::ffi::CStr> {
    Some(match format {
        MediaFormat::Mp4 | MediaFormat::Mov => c"mov",
        MediaFormat::Webm | MediaFormat::Mkv => c"matroska",
        MediaFormat::Avi => c"avi",
        MediaFormat::Wmv => c"asf",
        _ => return None,
    })
}

/// Opens `path` with the sniffed format's demuxer, reading through the `file` protocol only
/// (no network, no `concat:`/`subfile:` tricks) and with MP4 external references off.
fn open_input(path: &std::path::Path, format: MediaFormat) -> Result<ffmpeg::format::context::Input, MediaError> {
    let name = demuxer(format).ok_or_else(|| invalid(format, "it is not a video container"))?;
    // SAFETY: av_find_input_format reads a NUL-terminated name and returns a static
    // descriptor or null.
    let found = unsafe { ffmpeg::ffi::av_find_input_format(name.as_ptr()) };
    if found.is_null() {
        return Err(invalid(format, "this FFmpeg build has no demuxer for it"));
    }
    let mut options = ffmpeg::Dictionary::new();
    options.set("protocol_whitelist", "file");
    options.set("enable_drefs", "0");
    // SAFETY: `found` is a valid, static AVInputFormat (checked non-null above).
    let input = ffmpeg::format::format::Format::Input(unsafe { ffmpeg::format::format::Input::wrap(found as *mut _) });
    match ffmpeg::format::open_with(path, &input, options).map_err(|e| invalid(format, e))? {
        ffmpeg::format::context::Context::Input(input) => Ok(input),
        ffmpeg::format::context::Context::Output(_) => Err(invalid(format, "it was opened for writing")),
    }
}

fn invalid(format: MediaFormat, e: impl std::fmt::Display) -> MediaError {
    MediaError::Invalid(format!("the {format} video could not be decoded: {e}"))
}

pub fn decode_video(bytes: &[u8], format: MediaFormat, limits: &MediaLimits, sampling: &VideoSampling) -> Result<DecodedMedia, MediaError> {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        let _ = ffmpeg::init();
        ffmpeg::util::log::set_level(ffmpeg::util::log::Level::Fatal);
    });
    // FFmpeg reads files: the upload is staged in a private directory (0700) as a file only
    // this user can read (0600); both are removed when decoding ends, however it ends.
    let stage = |e: std::io::Error| MediaError::Invalid(format!("could not stage the video for decoding: {e}"));
    let dir = tempfile::Builder::new().prefix("veracity-video-").tempdir().map_err(stage)?;
    let mut file = tempfile::Builder::new().suffix(&format!(".{}", format.as_str())).tempfile_in(dir.path()).map_err(stage)?;
    std::io::Write::write_all(&mut file, bytes).map_err(stage)?;
    let mut input = open_input(file.path(), format)?;

    let container_seconds = (input.duration() > 0).then(|| input.duration() as f64 / f64::from(ffmpeg::ffi::AV_TIME_BASE));
    if let Some(seconds) = container_seconds {
        limits.check_duration(MediaType::Video, seconds)?;
    }
    let video = input.streams().best(ffmpeg::media::Type::Video).ok_or_else(|| invalid(format, "it has no video stream"))?;
    let video_index = video.index();
    let time_base = f64::from(video.time_base());
    let rate = video.avg_frame_rate();
    let fps = (rate.denominator() != 0 && rate.numerator() > 0).then(|| f64::from(rate));
    let mut context = ffmpeg::codec::context::Context::from_parameters(video.parameters()).map_err(|e| invalid(format, e))?;
    // FFmpeg's own choice is a thread more than the cores (3 on 2); one per core decoded the 720p
    // bench clip faster (0.260 against 0.284 s, median of 12 runs in turns, AMD EPYC, 2 cores).
    let threads = match sampling.threads {
        0 => std::thread::available_parallelism().map_or(0, |n| n.get()),
        n => n,
    };
    context.set_threading(ffmpeg::codec::threading::Config {
        kind: ffmpeg::codec::threading::Type::Frame,
        count: threads,
        ..Default::default()
    });
    let mut decoder = context.decoder().video().map_err(|e| invalid(format, e))?;
    let (width, height) = (decoder.width(), decoder.height());
    if width == 0 || height == 0 {
        return Err(invalid(format, "the video stream has no size"));
    }
    limits
        .check_pixels(width, height)
        .map_err(|_| MediaError::TooLarge(format!("the video is {width}×{height}; that is over the frame size limit")))?;
    let codec = decoder.codec().map(|c| c.name().to_owned());

    let audio_stream = input.streams().best(ffmpeg::media::Type::Audio).map(|s| (s.index(), s.parameters()));
    let mut audio = match audio_stream {
        Some((index, params)) => AudioTrack::open(index, params, limits.audio_seconds),
        None => None,
    };

    let duration = container_seconds.unwrap_or(0.0);
    let times = sample_times(duration, sampling.max_frames);
    let scale = (f64::from(sampling.max_side) / f64::from(width.max(height))).min(1.0);
    let (out_w, out_h) = (((f64::from(width) * scale) as u32).max(2) & !1, ((f64::from(height) * scale) as u32).max(2) & !1);
    let mut sampler = Sampler {
        times,
        next: 0,
        frames: Vec::new(),
        scaler: None,
        out: (out_w, out_h),
        time_base,
        last_time: 0.0,
        decoded: 0,
        max_decoded: u64::from(limits.video_seconds) * MAX_DECODED_FPS,
    };
    let max_seconds = f64::from(limits.video_seconds);

    // The stream's length as its packets' timestamps say (demuxing is cheap; decoding is not).
    // Their durations are not trusted: one bogus packet duration would fail a sound video.
    let mut packet_end = 0.0f64;
    for (stream, packet) in input.packets() {
        if stream.index() == video_index {
            if let Some(ts) = packet.pts().or(packet.dts()) {
                packet_end = packet_end.max(ts as f64 * time_base);
                if packet_end > max_seconds + 1.0 {
                    limits.check_duration(MediaType::Video, packet_end)?;
                }
            }
            // Once every sample is taken, the frames after the last one are not decoded.
            if !sampler.done() {
                decoder.send_packet(&packet).map_err(|e| invalid(format, e))?;
                sampler.drain(&mut decoder, format)?;
                if sampler.last_time > max_seconds + 1.0 {
                    limits.check_duration(MediaType::Video, sampler.last_time)?;
                }
            }
        } else if let Some(track) = audio.as_mut().filter(|t| t.index == stream.index()) {
            track.push(&packet);
        }
    }
    if !sampler.done() {
        decoder.send_eof().map_err(|e| invalid(format, e))?;
        sampler.drain(&mut decoder, format)?;
    }
    if sampler.frames.is_empty() {
        return Err(invalid(format, "no frame could be decoded"));
    }
    let duration = container_seconds.unwrap_or(sampler.last_time.max(packet_end));
    let audio = audio.and_then(AudioTrack::finish);
    let metadata = MediaMetadata {
        format: format.as_str().to_owned(),
        width: Some(width),
        height: Some(height),
        duration: Some((duration * 1000.0).round() / 1000.0),
        fps: fps.map(|f| (f * 100.0).round() / 100.0),
        codec,
        sample_rate: audio.as_ref().map(|a| a.1),
        channels: audio.as_ref().map(|a| a.2),
        audio_codec: audio.as_ref().map(|a| a.3.clone()),
        ..MediaMetadata::default()
    };
    Ok(DecodedMedia { media_type: MediaType::Video, frames: sampler.frames, audio: audio.map(|a| a.0), text: None, metadata })
}

/// Keeps the first decoded frame at or after each sample time, converted to RGB.
struct Sampler {
    times: Vec<f64>,
    next: usize,
    frames: Vec<Frame>,
    scaler: Option<scaling::Context>,
    out: (u32, u32),
    time_base: f64,
    last_time: f64,
    /// Frames decoded so far, sampled or not, and the most allowed.
    decoded: u64,
    max_decoded: u64,
}

impl Sampler {
    /// Whether every sample time has its frame.
    fn done(&self) -> bool {
        self.next >= self.times.len()
    }

    fn drain(&mut self, decoder: &mut ffmpeg::decoder::Video, format: MediaFormat) -> Result<(), MediaError> {
        let mut frame = ffmpeg::frame::Video::empty();
        while decoder.receive_frame(&mut frame).is_ok() {
            self.decoded += 1;
            if self.decoded > self.max_decoded {
                return Err(MediaError::TooLarge(format!(
                    "the video has more than {} frames; that is over the decoding budget of its duration limit",
                    self.max_decoded
                )));
            }
            let time = frame.timestamp().or(frame.pts()).map_or(self.last_time, |ts| ts as f64 * self.time_base);
            self.last_time = self.last_time.max(time);
            if self.done() || time + 1e-3 < self.times[self.next] {
                continue;
            }
            while self.next < self.times.len() && self.times[self.next] <= time + 1e-3 {
                self.next += 1;
            }
            let image = self.rgb_of(&frame, format)?;
            self.frames.push(Frame { index: self.frames.len() as u32, timestamp: (time * 1000.0).round() / 1000.0, image });
        }
        Ok(())
    }

    fn rgb_of(&mut self, frame: &ffmpeg::frame::Video, format: MediaFormat) -> Result<RgbImage, MediaError> {
        let (w, h) = self.out;
        if self.scaler.is_none() {
            let scaler = scaling::Context::get(
                frame.format(),
                frame.width(),
                frame.height(),
                ffmpeg::format::Pixel::RGB24,
                w,
                h,
                scaling::Flags::BILINEAR,
            )
            .map_err(|e| invalid(format, e))?;
            self.scaler = Some(scaler);
        }
        let mut rgb = ffmpeg::frame::Video::empty();
        self.scaler.as_mut().expect("created above").run(frame, &mut rgb).map_err(|e| invalid(format, e))?;
        // Rows may be padded: copy `width * 3` bytes of each `stride`.
        let stride = rgb.stride(0);
        let data = rgb.data(0);
        let mut pixels = Vec::with_capacity((w * h * 3) as usize);
        for row in 0..h as usize {
            pixels.extend_from_slice(&data[row * stride..row * stride + w as usize * 3]);
        }
        Ok(RgbImage { width: w, height: h, pixels })
    }
}

/// The first audio track, decoded to mono as it is demuxed, bounded like an audio upload: at
/// most `max_seconds` are kept (decimated above 48 kHz), and a track whose rate is absurd or
/// changes midway is dropped rather than analysed.
struct AudioTrack {
    index: usize,
    decoder: ffmpeg::decoder::Audio,
    mono: Option<MonoBuffer>,
    rate: u32,
    channels: u16,
    max_seconds: u32,
    usable: bool,
    samples: Vec<f32>,
}

impl AudioTrack {
    fn open(index: usize, params: ffmpeg::codec::Parameters, max_seconds: u32) -> Option<AudioTrack> {
        let decoder = ffmpeg::codec::context::Context::from_parameters(params).ok()?.decoder().audio().ok()?;
        let channels = decoder.channels();
        // The rate is the first decoded frame's (the stream's header may say otherwise).
        Some(AudioTrack { index, decoder, mono: None, rate: 0, channels, max_seconds, usable: true, samples: Vec::new() })
    }

    /// A corrupt audio packet loses that packet's audio, not the video's analysis.
    fn push(&mut self, packet: &ffmpeg::Packet) {
        if self.usable && self.decoder.send_packet(packet).is_ok() {
            self.receive();
        }
    }

    fn receive(&mut self) {
        let mut frame = ffmpeg::frame::Audio::empty();
        while self.usable && self.decoder.receive_frame(&mut frame).is_ok() {
            let rate = frame.rate();
            if !SAMPLE_RATES.contains(&rate) || (self.rate != 0 && rate != self.rate) {
                (self.usable, self.mono) = (false, None);
                return;
            }
            self.rate = rate;
            let mono = self.mono.get_or_insert_with(|| MonoBuffer::new(rate, self.max_seconds));
            self.samples.clear();
            downmix(&frame, &mut self.samples);
            if !self.samples.iter().all(|&s| mono.push(s)) {
                // The cap is reached: the rest of the track is not decoded.
                self.usable = false;
            }
        }
    }

    /// The clip, its original rate, channel count and codec name.
    fn finish(mut self) -> Option<(AudioClip, u32, u16, String)> {
        if self.usable && self.decoder.send_eof().is_ok() {
            self.receive();
        }
        let codec = self.decoder.codec().map_or_else(String::new, |c| c.name().to_owned());
        let mono = self.mono.take().filter(|m| !m.is_empty() && SAMPLE_RATES.contains(&self.rate))?;
        let clip = AudioClip { sample_rate: TARGET_RATE, samples: mono.to_target(self.rate) };
        Some((clip, self.rate, self.channels, codec))
    }
}

/// Appends the frame's samples, averaged over channels, as f32.
fn downmix(frame: &ffmpeg::frame::Audio, out: &mut Vec<f32>) {
    let (samples, channels) = (frame.samples(), usize::from(frame.channels().max(1)));
    let read = |bytes: &[u8], i: usize| -> f32 {
        match frame.format() {
            Sample::U8(_) => (f32::from(bytes[i]) - 128.0) / 128.0,
            Sample::I16(_) => f32::from(i16::from_ne_bytes([bytes[2 * i], bytes[2 * i + 1]])) / 32768.0,
            Sample::I32(_) => i32::from_ne_bytes(bytes[4 * i..4 * i + 4].try_into().unwrap()) as f32 / 2_147_483_648.0,
            Sample::I64(_) => i64::from_ne_bytes(bytes[8 * i..8 * i + 8].try_into().unwrap()) as f32 / 9.223_372e18,
            Sample::F32(_) => f32::from_ne_bytes(bytes[4 * i..4 * i + 4].try_into().unwrap()),
            Sample::F64(_) => f64::from_ne_bytes(bytes[8 * i..8 * i + 8].try_into().unwrap()) as f32,
            Sample::None => 0.0,
        }
    };
    let planar = matches!(
        frame.format(),
        Sample::U8(SampleLayout::Planar)
            | Sample::I16(SampleLayout::Planar)
            | Sample::I32(SampleLayout::Planar)
            | Sample::I64(SampleLayout::Planar)
            | Sample::F32(SampleLayout::Planar)
            | Sample::F64(SampleLayout::Planar)
    );
    for s in 0..samples {
        let sum: f32 = if planar {
            (0..channels).map(|c| read(frame.data(c), s)).sum()
        } else {
            (0..channels).map(|c| read(frame.data(0), s * channels + c)).sum()
        };
        out.push(sum / channels as f32);
    }
}

#[cfg(test)]
mod tests {
    use super::sample_times;

    #[test]
    fn samples_one_frame_a_second_then_spreads_them() {
        assert_eq!(sample_times(3.2, 64), vec![0.0, 1.0, 2.0, 3.0]);
        let long = sample_times(600.0, 64);
        assert_eq!(long.len(), 64);
        assert!((long[0] - 4.6875).abs() < 1e-9 && long[63] < 600.0);
        assert_eq!(sample_times(0.0, 64), vec![0.0]);
    }
}

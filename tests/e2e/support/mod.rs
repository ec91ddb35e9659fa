//! The test harness: `veracity-testkit` (tests/testkit), shared with the benchmarks, and the
//! fixtures and fakes only these tests use.

pub mod ffmpeg;
pub mod fixtures;
pub mod hostile;
pub mod process;
pub mod stripe;

pub use veracity_testkit::*;

/// A vendor's reference document from `../shared/reference/`, beside the repository. CI clones
/// the repository with it there and must find it; a checkout without it skips the checks
/// against the documents' text (the replays themselves still run).
pub fn seed(file: &str) -> Option<String> {
    let path = repo_root().join("../shared/reference").join(file);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if std::env::var_os("CI").is_some() => panic!("{}: {e} (CI runs with ../shared beside the clone)", path.display()),
        Err(_) => None,
    }
}

/// A PNG of seeded noise, `width` × `height` (about 3 bytes a pixel: it does not compress), for
/// uploads larger than the 1 MB body limit of ordinary requests.
pub fn noise_png(width: u32, height: u32) -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let pixels: Vec<u8> = (0..width * height * 3)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let image = image::RgbImage::from_raw(width, height, pixels).unwrap();
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

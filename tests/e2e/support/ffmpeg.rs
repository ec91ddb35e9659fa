//! Media made at test time with FFmpeg: the static build `imageio-ffmpeg` ships (installed into
//! `.venv` by scripts/bootstrap), so no system package or download is needed.

use std::path::{Path, PathBuf};
use std::process::Command;

use veracity_testkit::{repo_root, tool};

/// The `ffmpeg` executable: `VERACITY_FFMPEG`, else the one imageio-ffmpeg installed.
pub fn ffmpeg() -> PathBuf {
    if let Ok(path) = std::env::var("VERACITY_FFMPEG") {
        return path.into();
    }
    let out = Command::new(tool("VERACITY_PYTHON", "python"))
        .args(["-c", "import imageio_ffmpeg; print(imageio_ffmpeg.get_ffmpeg_exe())"])
        .output()
        .expect("running the venv's python (scripts/bootstrap installs it)");
    assert!(out.status.success(), "imageio-ffmpeg is not installed (scripts/bootstrap): {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().into()
}

/// Runs `ffmpeg -y <args>` in `dir` and returns the bytes of `dir/<output>`.
pub fn make(dir: &Path, args: &[&str], output: &str) -> Vec<u8> {
    let out = Command::new(ffmpeg())
        .current_dir(dir)
        .args(["-hide_banner", "-loglevel", "error", "-nostdin", "-y"])
        .args(args)
        .arg(output)
        .output()
        .expect("running ffmpeg");
    assert!(out.status.success(), "ffmpeg {args:?} {output}: {}", String::from_utf8_lossy(&out.stderr));
    std::fs::read(dir.join(output)).unwrap()
}

/// Copies a committed or fetched fixture (a path under tests/fixtures) into `dir`, returning its name there.
pub fn stage(dir: &Path, fixture: &str) -> String {
    let name = Path::new(fixture).file_name().unwrap().to_string_lossy().into_owned();
    std::fs::copy(repo_root().join("tests/fixtures").join(fixture), dir.join(&name)).unwrap();
    name
}

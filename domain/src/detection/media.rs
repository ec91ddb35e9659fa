//! What kind of media a job analyses, and recognising a file's format from its first bytes.
//!
//! The format is never taken from a file name or a client's `Content-Type`: only the magic
//! bytes decide, so a PDF renamed `.jpg` is a PDF.

use serde::{Deserialize, Serialize};

use super::job::FailureCode;
use super::spec::LimitExceeded;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaType {
    Image,
    Video,
    Audio,
    Text,
}

impl MediaType {
    pub const ALL: [MediaType; 4] = [MediaType::Image, MediaType::Video, MediaType::Audio, MediaType::Text];

    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Image => "image",
            MediaType::Video => "video",
            MediaType::Audio => "audio",
            MediaType::Text => "text",
        }
    }

    pub fn parse(value: &str) -> Option<MediaType> {
        Self::ALL.into_iter().find(|m| m.as_str() == value)
    }

    /// The file formats accepted for this media type (none for text, which is sent as JSON).
    pub fn formats(self) -> impl Iterator<Item = MediaFormat> {
        MediaFormat::SUPPORTED.into_iter().filter(move |f| f.media_type() == Some(self))
    }
}

/// A container or file format recognised from its signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaFormat {
    Jpeg,
    Png,
    Webp,
    Gif,
    Bmp,
    Tiff,
    Mp4,
    Mov,
    Webm,
    Mkv,
    Avi,
    Wmv,
    Wav,
    Mp3,
    M4a,
    Aac,
    Flac,
    Ogg,
    /// Recognised only to say clearly that it is not accepted.
    Pdf,
}

impl MediaFormat {
    /// Every format a job can analyse, in the order error messages list them.
    pub const SUPPORTED: [MediaFormat; 18] = [
        MediaFormat::Jpeg,
        MediaFormat::Png,
        MediaFormat::Webp,
        MediaFormat::Gif,
        MediaFormat::Bmp,
        MediaFormat::Tiff,
        MediaFormat::Mp4,
        MediaFormat::Mov,
        MediaFormat::Webm,
        MediaFormat::Mkv,
        MediaFormat::Avi,
        MediaFormat::Wmv,
        MediaFormat::Wav,
        MediaFormat::Mp3,
        MediaFormat::M4a,
        MediaFormat::Aac,
        MediaFormat::Flac,
        MediaFormat::Ogg,
    ];

    /// The media type this format carries; `None` for formats that are recognised but refused.
    pub fn media_type(self) -> Option<MediaType> {
        use MediaFormat::*;
        match self {
            Jpeg | Png | Webp | Gif | Bmp | Tiff => Some(MediaType::Image),
            Mp4 | Mov | Webm | Mkv | Avi | Wmv => Some(MediaType::Video),
            Wav | Mp3 | M4a | Aac | Flac | Ogg => Some(MediaType::Audio),
            Pdf => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        use MediaFormat::*;
        match self {
            Jpeg => "jpeg",
            Png => "png",
            Webp => "webp",
            Gif => "gif",
            Bmp => "bmp",
            Tiff => "tiff",
            Mp4 => "mp4",
            Mov => "mov",
            Webm => "webm",
            Mkv => "mkv",
            Avi => "avi",
            Wmv => "wmv",
            Wav => "wav",
            Mp3 => "mp3",
            M4a => "m4a",
            Aac => "aac",
            Flac => "flac",
            Ogg => "ogg",
            Pdf => "pdf",
        }
    }

    pub fn mime(self) -> &'static str {
        use MediaFormat::*;
        match self {
            Jpeg => "image/jpeg",
            Png => "image/png",
            Webp => "image/webp",
            Gif => "image/gif",
            Bmp => "image/bmp",
            Tiff => "image/tiff",
            Mp4 => "video/mp4",
            Mov => "video/quicktime",
            Webm => "video/webm",
            Mkv => "video/x-matroska",
            Avi => "video/x-msvideo",
            Wmv => "video/x-ms-wmv",
            Wav => "audio/wav",
            Mp3 => "audio/mpeg",
            M4a => "audio/mp4",
            Aac => "audio/aac",
            Flac => "audio/flac",
            Ogg => "audio/ogg",
            Pdf => "application/pdf",
        }
    }

    /// How many leading bytes [`MediaFormat::sniff`] looks at; fewer may still be enough.
    pub const SNIFF_LEN: usize = 64;

    /// The format of a file starting with `head`, or `None` when no supported signature matches.
    pub fn sniff(head: &[u8]) -> Option<MediaFormat> {
        use MediaFormat::*;
        let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
        if at(0, &[0xFF, 0xD8, 0xFF]) {
            return Some(Jpeg);
        }
        if at(0, b"\x89PNG\r\n\x1a\n") {
            return Some(Png);
        }
        if at(0, b"GIF87a") || at(0, b"GIF89a") {
            return Some(Gif);
        }
        if at(0, b"RIFF") {
            return [(b"WEBP", Webp), (b"WAVE", Wav), (b"AVI ", Avi)].into_iter().find_map(|(tag, format)| at(8, tag).then_some(format));
        }
        if at(0, b"II*\0") || at(0, b"MM\0*") {
            return Some(Tiff);
        }
        if at(0, b"BM") && head.len() >= 18 {
            // The DIB header size that follows the 14-byte file header is one of a few values.
            let dib = u32::from_le_bytes([head[14], head[15], head[16], head[17]]);
            return [12, 40, 52, 56, 64, 108, 124].contains(&dib).then_some(Bmp);
        }
        if at(4, b"ftyp") {
            return Some(match head.get(8..12) {
                Some(b"qt  ") => Mov,
                Some(b"M4A ") | Some(b"M4B ") | Some(b"M4P ") => M4a,
                _ => Mp4,
            });
        }
        // QuickTime files may start with any top-level atom rather than `ftyp`.
        if [b"moov", b"mdat", b"wide", b"free", b"pnot"].iter().any(|atom| at(4, *atom)) {
            return Some(Mov);
        }
        if at(0, &[0x1A, 0x45, 0xDF, 0xA3]) {
            let is_webm = head.windows(4).any(|w| w == b"webm");
            return Some(if is_webm { Webm } else { Mkv });
        }
        if at(0, &[0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11]) {
            return Some(Wmv);
        }
        if at(0, b"fLaC") {
            return Some(Flac);
        }
        if at(0, b"OggS") {
            return Some(Ogg);
        }
        if at(0, b"%PDF-") {
            return Some(Pdf);
        }
        if at(0, b"ID3") {
            return Some(Mp3);
        }
        // Bare MPEG audio frames: an 11-bit sync word, then version and layer bits. Layer `00` is
        // reserved in MP3, and is what ADTS (raw AAC) uses.
        if head.len() >= 2 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0 {
            let layer = (head[1] >> 1) & 0b11;
            let version = (head[1] >> 3) & 0b11;
            if layer == 0 && head[1] & 0xF0 == 0xF0 {
                return Some(Aac);
            }
            if layer != 0 && version != 0b01 {
                return Some(Mp3);
            }
        }
        None
    }
}

impl std::fmt::Display for MediaFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn padded(head: &[u8]) -> Vec<u8> {
        let mut bytes = head.to_vec();
        bytes.resize(64, 0);
        bytes
    }

    #[test]
    fn recognises_each_supported_signature() {
        let cases: &[(&[u8], MediaFormat)] = &[
            (&[0xFF, 0xD8, 0xFF, 0xE0], MediaFormat::Jpeg),
            (b"\x89PNG\r\n\x1a\n", MediaFormat::Png),
            (b"GIF89a", MediaFormat::Gif),
            (b"RIFF\0\0\0\0WEBPVP8 ", MediaFormat::Webp),
            (b"RIFF\0\0\0\0WAVEfmt ", MediaFormat::Wav),
            (b"RIFF\0\0\0\0AVI LIST", MediaFormat::Avi),
            (b"II*\0", MediaFormat::Tiff),
            (b"MM\0*", MediaFormat::Tiff),
            (b"BM\0\0\0\0\0\0\0\0\0\0\0\0\x28\0\0\0", MediaFormat::Bmp),
            (b"\0\0\0\x20ftypisom", MediaFormat::Mp4),
            (b"\0\0\0\x14ftypqt  ", MediaFormat::Mov),
            (b"\0\0\0\x08wide", MediaFormat::Mov),
            (b"\0\0\0\x20ftypM4A ", MediaFormat::M4a),
            (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", MediaFormat::Webm),
            (b"\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska", MediaFormat::Mkv),
            (&[0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11], MediaFormat::Wmv),
            (b"ID3\x04", MediaFormat::Mp3),
            (&[0xFF, 0xFB, 0x90, 0x64], MediaFormat::Mp3),
            (&[0xFF, 0xF1, 0x50, 0x80], MediaFormat::Aac),
            (b"fLaC", MediaFormat::Flac),
            (b"OggS\0\x02", MediaFormat::Ogg),
            (b"%PDF-1.7", MediaFormat::Pdf),
        ];
        for (head, want) in cases {
            assert_eq!(MediaFormat::sniff(&padded(head)), Some(*want), "{want}");
        }
    }

    #[test]
    fn refuses_what_it_does_not_know_and_short_input() {
        for head in [&b""[..], b"\xFF", b"hello world", b"<html>", b"BM\0\0", b"PK\x03\x04", b"RIFF\0\0\0\0XXXX"] {
            assert_eq!(MediaFormat::sniff(head), None, "{head:?}");
        }
        assert_eq!(MediaFormat::Pdf.media_type(), None);
    }

    #[test]
    fn every_supported_format_has_a_media_type() {
        for format in MediaFormat::SUPPORTED {
            assert!(format.media_type().is_some(), "{format}");
        }
        assert_eq!(MediaType::Image.formats().count(), 6);
        assert_eq!(MediaType::Text.formats().count(), 0);
    }
}

/// Why media could not be decoded: the client's file, never our fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    /// Truncated, corrupt, or not what its signature says.
    #[error("{0}")]
    Invalid(String),
    /// Over a limit found while decoding (pixels, duration).
    #[error("{0}")]
    TooLarge(String),
}

impl MediaError {
    pub fn code(&self) -> FailureCode {
        match self {
            MediaError::Invalid(_) => FailureCode::InvalidFileFormat,
            MediaError::TooLarge(_) => FailureCode::FileTooLarge,
        }
    }
}

impl From<LimitExceeded> for MediaError {
    fn from(e: LimitExceeded) -> Self {
        MediaError::TooLarge(e.0)
    }
}

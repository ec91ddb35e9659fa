//! Still images: JPEG, PNG, WebP, GIF (first frame), BMP, TIFF.

use std::io::Cursor;

use image::{ImageDecoder, ImageFormat, ImageReader, Limits};
use veracity_domain::detection::report::MediaMetadata;
use veracity_domain::detection::{MediaFormat, MediaLimits, MediaType};
use veracity_domain::ports::{DecodedMedia, Frame, RgbImage};

use super::MediaError;
use super::{metadata, xmp};

fn image_format(format: MediaFormat) -> Result<ImageFormat, MediaError> {
    Ok(match format {
        MediaFormat::Jpeg => ImageFormat::Jpeg,
        MediaFormat::Png => ImageFormat::Png,
        MediaFormat::Webp => ImageFormat::WebP,
        MediaFormat::Gif => ImageFormat::Gif,
        MediaFormat::Bmp => ImageFormat::Bmp,
        MediaFormat::Tiff => ImageFormat::Tiff,
        other => return Err(MediaError::Invalid(format!("{other} is not an image format"))),
    })
}

/// Decoder limits: no side longer than the pixel budget allows, and memory for one RGBA copy.
fn decoder_limits(limits: &MediaLimits) -> Limits {
    let pixels = u64::from(limits.image_megapixels) * 1_000_000;
    let mut l = Limits::default();
    l.max_image_width = Some(u32::try_from(pixels.min(65_535)).unwrap_or(65_535));
    l.max_image_height = Some(u32::try_from(pixels.min(65_535)).unwrap_or(65_535));
    l.max_alloc = Some(pixels * 8 + 64 * 1024 * 1024);
    l
}

fn reader<'a>(bytes: &'a [u8], format: MediaFormat, limits: &MediaLimits) -> Result<ImageReader<Cursor<&'a [u8]>>, MediaError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format(format)?);
    reader.limits(decoder_limits(limits));
    Ok(reader)
}

fn invalid(format: MediaFormat, e: image::ImageError) -> MediaError {
    match e {
        image::ImageError::Limits(_) => MediaError::TooLarge(format!("the {format} image is too large to decode: {e}")),
        other => MediaError::Invalid(format!("the {format} image could not be decoded: {other}")),
    }
}

/// The image's width and height from its header alone (cheap: no pixel is decoded), checked
/// against the pixel limit. Used at upload time to refuse decompression bombs at once.
pub fn probe_image(bytes: &[u8], format: MediaFormat, limits: &MediaLimits) -> Result<(u32, u32), MediaError> {
    let (width, height) = reader(bytes, format, limits)?.into_dimensions().map_err(|e| invalid(format, e))?;
    if width == 0 || height == 0 {
        return Err(MediaError::Invalid(format!("the {format} image's header gives it no pixels ({width}×{height})")));
    }
    limits.check_pixels(width, height)?;
    Ok((width, height))
}

/// Refuses a JPEG that stops before its end (decoders would grey-fill the missing part).
fn check_complete(bytes: &[u8], format: MediaFormat) -> Result<(), MediaError> {
    if format == MediaFormat::Jpeg && !super::jpeg::is_complete(bytes) {
        return Err(MediaError::Invalid("the JPEG image is truncated: it ends before its end-of-image marker".into()));
    }
    Ok(())
}

pub fn decode_image(bytes: &[u8], format: MediaFormat, limits: &MediaLimits) -> Result<DecodedMedia, MediaError> {
    check_complete(bytes, format)?;
    let mut decoder = reader(bytes, format, limits)?.into_decoder().map_err(|e| invalid(format, e))?;
    let (width, height) = decoder.dimensions();
    limits.check_pixels(width, height)?;
    let mut tags = std::collections::BTreeMap::new();
    match decoder.exif_metadata() {
        Ok(Some(exif)) => metadata::exif_tags(&exif, &mut tags),
        // A TIFF file is itself TIFF-structured EXIF (the decoder does not hand it out).
        _ if format == MediaFormat::Tiff => metadata::exif_tags(bytes, &mut tags),
        _ => {}
    }
    match format {
        MediaFormat::Jpeg => xmp::jpeg_xmp_tags(bytes, &mut tags),
        MediaFormat::Webp => xmp::riff_xmp_tags(bytes, &mut tags),
        MediaFormat::Png => metadata::png_text_tags(bytes, &mut tags),
        _ => {
            if let Ok(Some(packet)) = decoder.xmp_metadata() {
                xmp::xmp_tags(&packet, &mut tags);
            }
        }
    }
    let image = image::DynamicImage::from_decoder(decoder).map_err(|e| invalid(format, e))?.into_rgb8();
    let frame = Frame { index: 0, timestamp: 0.0, image: RgbImage { width, height, pixels: image.into_raw() } };
    let exif_stripped = Some(!["exif:Make", "exif:Model", "exif:DateTimeOriginal"].iter().any(|k| tags.contains_key(*k)));
    let metadata = MediaMetadata {
        format: format.as_str().to_owned(),
        width: Some(width),
        height: Some(height),
        tags,
        exif_stripped,
        ..MediaMetadata::default()
    };
    Ok(DecodedMedia { media_type: MediaType::Image, frames: vec![frame], audio: None, text: None, metadata })
}

/// Decodes one still of a frame list (any image format), without metadata, scaled down at once
/// so its longer side is at most `max_side` (as video frames are): a list keeps small frames only.
pub(super) fn decode_still(bytes: &[u8], limits: &MediaLimits, max_side: u32) -> Result<RgbImage, MediaError> {
    let format = MediaFormat::sniff(bytes)
        .filter(|f| f.media_type() == Some(MediaType::Image))
        .ok_or_else(|| MediaError::Invalid("a frame is not a JPEG, PNG, WebP, GIF, BMP or TIFF image".into()))?;
    check_complete(bytes, format)?;
    let mut decoded = reader(bytes, format, limits)?.decode().map_err(|e| invalid(format, e))?;
    limits.check_pixels(decoded.width(), decoded.height())?;
    if decoded.width().max(decoded.height()) > max_side {
        decoded = decoded.thumbnail(max_side, max_side);
    }
    let rgb = decoded.into_rgb8();
    Ok(RgbImage { width: rgb.width(), height: rgb.height(), pixels: rgb.into_raw() })
}

//! Audio files (WAV, MP3, M4A/AAC, FLAC, OGG) with symphonia, to 24 kHz mono f32.

use std::io::Cursor;

use symphonia::core::codecs::audio::AudioDecoderOptions;
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, TrackType};
use symphonia::core::io::{MediaSourceStream, MediaSourceStreamOptions};
use symphonia::core::meta::MetadataOptions;
use veracity_domain::detection::report::MediaMetadata;
use veracity_domain::detection::{MediaFormat, MediaLimits, MediaType};
use veracity_domain::ports::{AudioClip, DecodedMedia};

use super::MediaError;
use super::resample::{MonoBuffer, TARGET_RATE};

fn invalid(format: MediaFormat, e: impl std::fmt::Display) -> MediaError {
    MediaError::Invalid(format!("the {format} audio could not be decoded: {e}"))
}

pub fn decode_audio(bytes: &[u8], format: MediaFormat, limits: &MediaLimits) -> Result<DecodedMedia, MediaError> {
    let source = MediaSourceStream::new(Box::new(Cursor::new(bytes.to_vec())), MediaSourceStreamOptions::default());
    let mut hint = Hint::new();
    hint.with_extension(format.as_str());
    let mut reader = symphonia::default::get_probe()
        .probe(&hint, source, FormatOptions::default(), MetadataOptions::default())
        .map_err(|e| invalid(format, e))?;
    let track = reader.default_track(TrackType::Audio).ok_or_else(|| invalid(format, "it has no audio track"))?;
    let track_id = track.id;
    let params = track.codec_params.as_ref().and_then(|p| p.audio()).cloned().ok_or_else(|| invalid(format, "its codec is unknown"))?;
    let rate = params.sample_rate.ok_or_else(|| invalid(format, "its sample rate is unknown"))?;
    if !super::SAMPLE_RATES.contains(&rate) {
        return Err(invalid(
            format,
            format!("its sample rate is {rate} Hz; {}–{} Hz is accepted", super::SAMPLE_RATES.start(), super::SAMPLE_RATES.end()),
        ));
    }
    let channels = params.channels.as_ref().map_or(1, |c| c.count().max(1));
    let mut decoder =
        symphonia::default::get_codecs().make_audio_decoder(&params, &AudioDecoderOptions::default()).map_err(|e| invalid(format, e))?;
    let codec = symphonia::default::get_codecs().get_audio_decoder(params.codec).map(|d| d.codec.info.short_name.to_owned());

    // Kept decimated and capped as it is decoded: decoding stops as soon as the limit is crossed.
    let mut mono = MonoBuffer::new(rate, limits.audio_seconds + 1);
    let mut interleaved: Vec<f32> = Vec::new();
    loop {
        let packet = match reader.next_packet() {
            Ok(Some(packet)) => packet,
            Ok(None) => break,
            // Some files end without a clean end-of-stream marker; what was decoded stands.
            Err(SymphoniaError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof && !mono.is_empty() => break,
            Err(e) => return Err(invalid(format, e)),
        };
        if packet.track_id != track_id {
            continue;
        }
        let decoded = match decoder.decode(&packet) {
            Ok(decoded) => decoded,
            Err(SymphoniaError::DecodeError(_)) if !mono.is_empty() => continue,
            Err(e) => return Err(invalid(format, e)),
        };
        decoded.copy_to_vec_interleaved(&mut interleaved);
        let within = interleaved.chunks(channels).all(|frame| mono.push(frame.iter().sum::<f32>() / frame.len() as f32));
        if !within {
            return Err(MediaError::TooLarge(format!("the audio is longer than the {} s limit", limits.audio_seconds)));
        }
    }
    if mono.is_empty() {
        return Err(invalid(format, "it contains no audio samples"));
    }
    let duration = mono.seconds(rate);
    limits.check_duration(MediaType::Audio, duration)?;
    let metadata = MediaMetadata {
        format: format.as_str().to_owned(),
        duration: Some((duration * 1000.0).round() / 1000.0),
        sample_rate: Some(rate),
        channels: Some(channels as u16),
        audio_codec: codec,
        ..MediaMetadata::default()
    };
    let audio = AudioClip { sample_rate: TARGET_RATE, samples: mono.to_target(rate) };
    Ok(DecodedMedia { media_type: MediaType::Audio, frames: vec![], audio: Some(audio), text: None, metadata })
}

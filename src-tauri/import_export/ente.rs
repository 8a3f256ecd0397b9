//! Ente Auth's plain-text export ("Export codes" -> "Plain text"): one `otpauth://` URI
//! per line. Ente adds its own parameters (`codeDisplay`, a JSON blob of display
//! settings, sometimes `tags`), writes the algorithm in lower case, and uses
//! `otpauth://steam/` for Steam. The Key URI parser ignores unknown parameters and reads
//! the rest, so this is an otpauth list with Ente's name on its errors.

use super::{otpauth_list, Candidate, Format, ImportError};

/// Reads an Ente Auth plain-text export.
pub fn read(text: &str) -> Result<Vec<Candidate>, ImportError> {
    otpauth_list::read_as(text, Format::Ente)
}

//! Import and export: everything that moves accounts in or out of the app. For now, QR
//! images ([`qr`]): decoding otpauth QR codes from image files, and rendering an
//! account's otpauth URI as a QR code to move it to a phone.

pub mod qr;

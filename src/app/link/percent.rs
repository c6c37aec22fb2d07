//! The tiny percent-encoder and decoder the link codec needs. Hand-written: values are nearly
//! all ASCII words and dates, and a URL crate would add to the WebAssembly bundle for no gain.

/// Percent-encodes everything except RFC 3986 unreserved characters and the `:` and `,` the
/// schema uses as separators (both are legal in a query and read better unencoded).
pub(super) fn percent_encode_into(value: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':' | b',') {
            out.push(char::from(b));
        } else {
            let digit = |n: u8| char::from(HEX.get(usize::from(n)).copied().unwrap_or(b'0'));
            out.push('%');
            out.push(digit(b >> 4));
            out.push(digit(b & 0x0f));
        }
    }
}

/// Reverses [`percent_encode_into`]; `+` is a space (as forms write it); a `%` not followed by two
/// hex digits is kept as it is; bytes that are not UTF-8 become U+FFFD.
pub(super) fn percent_decode(text: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'%' => {
                let pair = (
                    bytes.get(i + 1).copied().and_then(hex),
                    bytes.get(i + 2).copied().and_then(hex),
                );
                if let (Some(h), Some(l)) = pair {
                    out.push(h << 4 | l);
                    i += 3;
                    continue;
                }
                out.push(b);
            }
            b'+' => out.push(b' '),
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

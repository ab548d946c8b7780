//! Numbers with a fixed count of decimals, for the tooltip's score, the
//! profile's shares and pixel positions.
//!
//! Written with integers on purpose: `format!("{x:.2}")` pulls the standard
//! library's exact float formatting into the widget's WebAssembly, about 4 KB
//! brotli, for a handful of short numbers.

/// `x` rounded to `places` decimals (at most 6), as `format!("{x:.places$}")`
/// would print it for the values the widget shows; a value that is not finite
/// prints as 0.
pub fn fixed(x: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10_u64.pow(places);
    let scaled = if x.is_finite() {
        (x * scale as f64).round()
    } else {
        0.0
    };
    let sign = if scaled < 0.0 { "-" } else { "" };
    let n = scaled.abs() as u64;
    if places == 0 {
        return format!("{sign}{n}");
    }
    let (whole, frac) = (n / scale, n % scale);
    format!("{sign}{whole}.{frac:0width$}", width = places as usize)
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn prints_like_the_standard_formatter() {
        for (x, places) in [
            (0.0, 2),
            (0.554, 2),
            (1.0, 2),
            (12.345_6, 2),
            (33.333_333, 2),
            (-4.2, 0),
            (271.6, 0),
            (0.005, 1),
            (99.999, 2),
        ] {
            assert_eq!(
                fixed(x, places),
                format!("{x:.p$}", p = places as usize),
                "{x} to {places}"
            );
        }
        assert_eq!(fixed(f64::NAN, 2), "0.00");
    }
}

//! Dates for display: "2024-10-09" -> "9 October 2024".

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn human(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    if let [y, m, d] = parts[..] {
        if let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) {
            if (1..=12).contains(&m) {
                return format!("{d} {} {y}", MONTHS[m - 1]);
            }
        }
    }
    iso.to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_iso_dates_and_passes_others_through() {
        assert_eq!(super::human("2024-10-09"), "9 October 2024");
        assert_eq!(super::human("2024-13-09"), "2024-13-09");
        assert_eq!(super::human("soon"), "soon");
    }
}

//! Named word lists in the data files (`data/sources.txt`,
//! `data/contradiction.txt`): each line is a list name, a colon and
//! lowercase words separated by spaces; `#` lines are comments.

/// The words of list `name` in `data` (all its lines, in order).
pub fn list(data: &str, name: &str) -> Vec<String> {
    data.lines()
        .filter_map(|l| l.strip_prefix(name)?.strip_prefix(':'))
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_list_is_its_lines_words() {
        let data = "# note\nnames: a b\nother: c\nnames: d\nnamesake: e\n";
        assert_eq!(super::list(data, "names"), ["a", "b", "d"]);
    }
}

//! The pseudo-language: English with accents and about 35% more length, made from the English
//! files as they are formatted. Any text on screen that stays plain ASCII did not go through
//! Fluent.

use std::borrow::Cow;

/// How much longer each piece of text gets, in percent.
const GROWTH_PERCENT: usize = 35;

/// What pads the text; not ASCII, so even padding alone marks a string as translated.
const FILLER: char = '·';

/// Fluent's transform for the pseudo bundle: each piece of a message's own text (not its
/// arguments) accented and padded.
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut chars = 0;
    for c in text.chars() {
        out.push(accented(c));
        // Spaces count too: a sentence of short words padded by its letters alone came out
        // under 30% longer than the English.
        chars += 1;
    }
    let padding = (chars * GROWTH_PERCENT).div_ceil(100);
    out.extend(std::iter::repeat_n(FILLER, padding));
    Cow::Owned(out)
}

/// The message's whole text, bracketed so that clipped or joined-up text shows.
pub fn bracket(text: &str) -> String {
    format!("[{text}]")
}

fn accented(c: char) -> char {
    match c {
        'a' => 'á',
        'c' => 'ç',
        'e' => 'é',
        'i' => 'í',
        'n' => 'ñ',
        'o' => 'ö',
        's' => 'š',
        'u' => 'ü',
        'y' => 'ý',
        'z' => 'ž',
        'A' => 'Á',
        'C' => 'Ç',
        'E' => 'É',
        'I' => 'Í',
        'N' => 'Ñ',
        'O' => 'Ö',
        'S' => 'Š',
        'U' => 'Ü',
        'Y' => 'Ý',
        'Z' => 'Ž',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_the_text_grows() {
        let out = transform("Open recent");
        assert!(out.starts_with("Öpéñ réçéñt"), "{out}");
        let grown = out.chars().count() * 100 / "Open recent".len();
        assert!(grown >= 130, "{out} is only {grown}% of the original");
    }

    #[test]
    fn empty_text_stays_empty() {
        assert_eq!(transform(""), "", "nothing to pad");
    }
}

//! Numbers as each language writes them: fluent-bundle 0.16 prints every number the Rust way
//! (`1234.5`), so each bundle gets a formatter with its language's separators.

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};

/// `1,234.5`: for English and the pseudo-language.
pub fn english<M>(value: &FluentValue<'_>, _intls: &M) -> Option<String> {
    number(value).map(|n| localized(n, ',', '.'))
}

/// `1.234,5`: for German.
pub fn german<M>(value: &FluentValue<'_>, _intls: &M) -> Option<String> {
    number(value).map(|n| localized(n, '.', ','))
}

/// Fluent's `NUMBER()`: the number with the options given (`useGrouping: "false"` for a
/// version or a year), which the language's formatter then applies; anything else as it is.
pub fn function<'a>(positional: &[FluentValue<'a>], named: &FluentArgs<'_>) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::Number(n)) => {
            let mut n = n.clone();
            n.options.merge(named);
            FluentValue::Number(n)
        }
        Some(other) => other.clone(),
        None => FluentValue::Error,
    }
}

fn number<'v>(value: &'v FluentValue<'_>) -> Option<&'v FluentNumber> {
    match value {
        FluentValue::Number(n) => Some(n),
        _ => None,
    }
}

/// `n` with `group` between thousands (unless `useGrouping: "false"`) and `decimal` before the
/// fraction; `maximumFractionDigits` rounds, `minimumFractionDigits` pads.
fn localized(n: &FluentNumber, group: char, decimal: char) -> String {
    let plain = match n.options.maximum_fraction_digits {
        Some(max) => {
            let rounded = format!("{:.max$}", n.value);
            trim_fraction(&rounded, n.options.minimum_fraction_digits.unwrap_or(0))
        }
        None => n.as_string().into_owned(),
    };
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain.as_str()), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut out = String::from(sign);
    for (i, digit) in whole.chars().enumerate() {
        if n.options.use_grouping && i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// Drops trailing zeros of the fraction, keeping at least `min` digits.
fn trim_fraction(text: &str, min: usize) -> String {
    let Some((whole, fraction)) = text.split_once('.') else {
        return text.to_owned();
    };
    let kept = fraction.trim_end_matches('0');
    let kept = &fraction[..kept.len().max(min.min(fraction.len()))];
    if kept.is_empty() {
        whole.to_owned()
    } else {
        format!("{whole}.{kept}")
    }
}

#[cfg(test)]
mod tests {
    use fluent_bundle::types::FluentNumberOptions;

    use super::*;

    fn with(value: f64, options: FluentNumberOptions) -> FluentNumber {
        FluentNumber::new(value, options)
    }

    #[test]
    fn thousands_and_decimals_follow_the_language() {
        let n = with(1_234_567.5, FluentNumberOptions::default());
        assert_eq!(localized(&n, ',', '.'), "1,234,567.5", "English");
        assert_eq!(localized(&n, '.', ','), "1.234.567,5", "German");
        let small = with(-42.0, FluentNumberOptions::default());
        assert_eq!(
            localized(&small, '.', ','),
            "-42",
            "no separator below a thousand"
        );
    }

    #[test]
    fn fraction_digits_and_grouping_options_are_kept() {
        let options = FluentNumberOptions {
            maximum_fraction_digits: Some(1),
            ..FluentNumberOptions::default()
        };
        assert_eq!(
            localized(&with(2.345, options.clone()), '.', ','),
            "2,3",
            "rounded"
        );
        assert_eq!(
            localized(&with(2.0, options), '.', ','),
            "2",
            "no trailing zeros"
        );
        let padded = FluentNumberOptions {
            minimum_fraction_digits: Some(2),
            ..FluentNumberOptions::default()
        };
        assert_eq!(localized(&with(2.5, padded), '.', ','), "2,50", "padded");
        let ungrouped = FluentNumberOptions {
            use_grouping: false,
            ..FluentNumberOptions::default()
        };
        assert_eq!(
            localized(&with(2026.0, ungrouped), '.', ','),
            "2026",
            "a year"
        );
    }
}

"""Finding a patient by phone number however it was typed, and by name or email.

A stored number (E.164, e.g. ``+12025550143``) is indexed as digit tokens: the full
international digits and every tail of the national number at least four digits long.
A search for the digits someone typed, as an FTS5 prefix query, then matches any run of
the number's digits: "(202) 555-0143", "555 0143", "0143", "+1 202 555 0143".
"""

from __future__ import annotations

import re

from app.people.contact_formats import DEFAULT_PHONE_REGION

MIN_TAIL_DIGITS = 4
MIN_PHONE_QUERY_DIGITS = 3
_PHONE_QUERY = re.compile(r"^[\d\s()+.\-/]+$")


def phone_search_terms(e164: str | None, region: str = DEFAULT_PHONE_REGION) -> str:
    """The space-separated digit tokens stored for one phone number ('' for none)."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return _digits(e164)
    national = phonenumbers.national_significant_number(number)
    tails = [national[start:] for start in range(len(national) - MIN_TAIL_DIGITS + 1)]
    return " ".join(dict.fromkeys([_digits(e164), *tails]))


def search_expression(text: str) -> str | None:
    """An FTS5 MATCH expression for what was typed in the search box, or None for nothing.

    Digits and phone punctuation alone are a phone number; anything else is words, each
    matched as the start of a name, email or number part, all of them required.
    """
    text = text.strip()
    if not text:
        return None
    digits = _digits(text)
    if _PHONE_QUERY.match(text) and len(digits) >= MIN_PHONE_QUERY_DIGITS:
        forms = dict.fromkeys([digits, digits.lstrip("0") or digits])  # a trunk 0 or not
        return "phone_search : (" + " OR ".join(f'"{form}"*' for form in forms) + ")"
    # A "word" of punctuation alone would be an empty phrase, which FTS5 refuses.
    words = [word.replace('"', '""') for word in text.split() if re.search(r"\w", word)]
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)

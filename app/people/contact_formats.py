"""Phone numbers and email addresses, checked and normalised by the libraries made for it.

Phones are stored in E.164 (``+15551234567``) so a number matches however it was typed;
emails in the normalised form email-validator gives. Both libraries are imported on
first use: they cost start-up time the first screen does not need.
"""

from __future__ import annotations

DEFAULT_PHONE_REGION = "US"


def normalize_phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str | None:
    """The number in E.164, or None if it is not a possible, valid phone number."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone_for_display(e164: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """A stored E.164 number as people in ``region`` write it."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_as_typed(keys: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """Digits (and a leading +) tapped on a keypad, grouped as people in ``region``
    write them while they are still being typed: "2025550" shows "(202) 555-0"."""
    import phonenumbers

    formatter = phonenumbers.AsYouTypeFormatter(region)
    shown = ""
    for key in keys:
        shown = formatter.input_digit(key)
    return shown


def normalize_email(text: str) -> str | None:
    """The normalised address, or None if it is not an email address.

    Only the syntax is checked: the clinic has no internet, so no DNS look-up.
    """
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        return None

"""Which names are suggested as one person: every script's letters and marks count."""

from __future__ import annotations

import pytest

from app.storage.row_keys import fold_name, patient_match_key

BORN = "1961-04-17"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("José García-Pérez", "jose garcia perez"),  # Latin accents, case, hyphen
        ("Zoë", "ZOË"),
        ("Ὀδυσσεύς", "ΟΔΥΣΣΕΥΣ"),  # Greek, final sigma
        ("Наталья", "НАТАЛЬЯ"),  # Cyrillic
        ("محمد", "مُحَمَّد"),  # Arabic with and without vowel points
        ("王小明", "王小明"),  # Chinese
        ("O'Brien", "o brien"),
        ("Straße", "STRASSE"),
    ],
)
def test_the_same_name_written_differently_is_suggested(one: str, other: str) -> None:
    assert patient_match_key(one, "X", BORN) == patient_match_key(other, "X", BORN)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("राम", "रोम"),  # Devanagari: a vowel sign apart
        ("கமலா", "கமல"),  # Tamil
        ("কমলা", "কমল"),  # Bengali
        ("Kamala", "Kamal"),
        ("王小明", "王小朋"),
        ("Ἀλέξανδρος", "Ἀλεξάνδρα"),
    ],
)
def test_different_names_are_never_one_key(one: str, other: str) -> None:
    assert fold_name(one) != fold_name(other)
    assert patient_match_key(one, "X", BORN) != patient_match_key(other, "X", BORN)


@pytest.mark.parametrize("name", ["😀", "\u200b\u200c", "  ", "--", "🙂🙂"])
def test_a_name_of_no_letters_matches_nobody(name: str) -> None:
    assert patient_match_key(name, "Lee", BORN) == ""
    assert patient_match_key("Ann", name, BORN) == ""

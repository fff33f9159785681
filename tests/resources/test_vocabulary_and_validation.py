"""Small rules of the directory's data: language names, phone numbers, web addresses."""

import pytest
from django.core.exceptions import ValidationError

from resources.models import http_url_validator, phone_number_validator
from resources.vocabulary import language_name


@pytest.mark.parametrize(
    ("code", "name"),
    [("en", "English"), ("es", "Spanish"), ("vi", "Vietnamese"), ("zh", "Chinese"), ("ht", "Haitian Creole"),
     ("hmn", "Hmong"), ("xx", None), ("", None), ("english", None)],
)  # fmt: skip
def test_language_names(code, name):
    assert language_name(code) == name


@pytest.mark.parametrize("number", ["555-0100", "(216) 555-0102", "+1 800 227 2345", "1-800-422-6237", "216.555.0142"])
def test_phone_numbers_people_write_are_accepted(number):
    phone_number_validator(number)


@pytest.mark.parametrize("number", ["call me", "555", "<script>", "555-0100 ext 4", "tel:5550100", "((((((("])
def test_anything_else_is_refused(number):
    with pytest.raises(ValidationError):
        phone_number_validator(number)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/", "data:text/html,hi", "//example.org"])
def test_only_web_addresses_are_accepted(url):
    with pytest.raises(ValidationError):
        http_url_validator(url)

"""Request size limits: an oversized body is refused before any view or form reads it."""


def test_an_oversized_body_is_refused_with_400_before_any_form_sees_it(client, db):
    small = client.post("/admin/login/", {"username": "nobody", "password": "x"})
    assert small.status_code == 200  # an ordinary failed sign-in: the form answers
    big = client.post("/admin/login/", {"username": "nobody", "password": "x" * (3 * 1024 * 1024)})
    assert big.status_code == 400  # DATA_UPLOAD_MAX_MEMORY_SIZE: refused before the form

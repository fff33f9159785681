"""Search that forgives spelling, with PostgreSQL alone: full-text search (websearch syntax,
English stemming, unaccent) over the public index, and pg_trgm similarity on names and titles for
misspellings ("herseptin" finds Herceptin). Only `SearchDocument` rows are searched, and only public
pages are ever written there.
"""

import html
import re
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal.models import SearchDocument, SearchTerm

MAX_QUERY = 200
PAGE_SIZE = 10
COUNT_LIMIT = 1000
SIMILARITY = 0.35
_START, _STOP = "\x02", "\x03"  # headline markers no text can contain (control characters are removed)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_OPERATORS = re.compile(r"\"|(?:^|\s)-\w|\bor\b", re.IGNORECASE)

# --- Writing the index ---------------------------------------------------------------------------


def index_document(*, key: str, kind: str, url: str, title: str, summary: str, body: str, names: list[str],
                   topic: str = "", is_sample: bool = False) -> None:  # fmt: skip
    """Put one public page in the index (or replace it), with the names people may misspell."""
    with transaction.atomic():
        document, _ = SearchDocument.objects.update_or_create(
            key=key,
            defaults={"kind": kind, "url": url, "title": title, "summary": summary, "body": body, "topic": topic,
                      "is_sample": is_sample},
        )  # fmt: skip
        with connection.cursor() as cursor:
            cursor.execute(
                """UPDATE portal_searchdocument SET
                     ranked = setweight(to_tsvector('english', unaccent(title)), 'A')
                           || setweight(to_tsvector('english', unaccent(summary || ' ' || %s)), 'B'),
                     body_vector = to_tsvector('english', unaccent(body))
                   WHERE id = %s""",
                [" ".join(names), document.pk],
            )
        SearchTerm.objects.filter(document=document).delete()
        terms = {name.strip() for name in [title, *names] if name and name.strip()}
        SearchTerm.objects.bulk_create(SearchTerm(document=document, term=term[:200]) for term in terms)


def unindex(key: str) -> None:
    SearchDocument.objects.filter(key=key).delete()


FREQUENT_WORDS = 5000


@transaction.atomic
def refresh_frequent_words(limit: int = FREQUENT_WORDS) -> int:
    """Replace the frequent words of public pages (those in at least two pages), which "Did you
    mean ...?" corrects misspelt words to. Words as written, not stems: a suggestion must read
    well. Run by rebuild_search_index; the cost grows with all public text, so not on every approval."""
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM portal_searchterm WHERE document_id IS NULL")
        cursor.execute(
            """INSERT INTO portal_searchterm (term, document_id)
               SELECT word, NULL FROM ts_stat(
                   'SELECT to_tsvector(''simple'', summary || '' '' || body) FROM portal_searchdocument')
               WHERE ndoc >= 2 AND length(word) BETWEEN 4 AND 40 AND word ~ '^[[:alpha:]]+$'
               ORDER BY ndoc DESC, word LIMIT %s""",
            [limit],
        )
        return cursor.rowcount


# --- Searching -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    kind: str
    url: str
    title: str
    snippet: SafeString
    is_sample: bool


@dataclass(frozen=True)
class Results:
    query: str
    cut: bool  # the query was longer than MAX_QUERY and was cut
    results: list[Result]
    total: int  # counted up to COUNT_LIMIT + 1
    page: int
    suggestion: str  # "Did you mean ...?" when the words look misspelt

    @property
    def total_label(self) -> str:
        return f"{COUNT_LIMIT:,}+" if self.total > COUNT_LIMIT else f"{self.total:,}"

    @property
    def pages(self) -> int:
        return max(1, -(-min(self.total, COUNT_LIMIT) // PAGE_SIZE))


def clean_query(raw: str) -> tuple[str, bool]:
    text = _CONTROL.sub(" ", raw or "")
    text = " ".join(text.split())
    return text[:MAX_QUERY], len(text) > MAX_QUERY


def _highlight(headline: str) -> SafeString:
    escaped = escape(html.unescape(headline))
    return mark_safe(escaped.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # noqa: S308 - escaped first


def _corrected_words(cursor, query: str) -> str:
    """The query with each unknown word of 4+ letters replaced by the closest frequent word, in one
    query; "" when nothing changes. Catches misspellings of body words ("nausia") that no title has."""
    words = re.findall(r"[^\W\d_]{4,}", query.lower())[:8]
    if not words:
        return ""
    cursor.execute(
        """SELECT w.word, (SELECT t.term FROM portal_searchterm t
                           WHERE t.document_id IS NULL AND lower(t.term) %% w.word
                           ORDER BY similarity(lower(t.term), w.word) DESC, t.term LIMIT 1)
           FROM unnest(%s::text[]) AS w(word)
           WHERE NOT EXISTS (SELECT 1 FROM portal_searchterm k WHERE lower(k.term) = w.word)""",
        [words],
    )
    replacements = {word: better for word, better in cursor.fetchall() if better and better != word}
    if not replacements:
        return ""
    return re.sub(r"[^\W\d_]{4,}", lambda m: replacements.get(m.group(0).lower(), m.group(0)), query)


def search(raw_query: str, *, kind: str = "", topic: str = "", page: int = 1) -> Results:
    query, cut = clean_query(raw_query)
    page = max(1, min(page, COUNT_LIMIT // PAGE_SIZE + 1))
    if len(query) < 2:
        return Results(query, cut, [], 0, page, "")
    # Misspelling matches would override what the searcher asked with quotes, "-word" or "or".
    fuzzy_allowed = not _OPERATORS.search(query)
    filters = ""
    if kind:
        filters += " AND d.kind = %(kind)s"
    if topic:
        filters += " AND d.topic = %(topic)s"
    fuzzy_branch = (
        f"""
            UNION
            (SELECT f.document_id FROM fuzzy f JOIN portal_searchdocument d ON d.id = f.document_id
             WHERE true {filters} LIMIT %(limit)s)"""
        if fuzzy_allowed
        else ""
    )
    # Matches come from three index searches joined by a union: the small title-and-names vector,
    # the body vector and names close to the query (misspellings), each stopping at COUNT_LIMIT + 1.
    # (One WHERE with ORs across them would read every page's body vector: seconds at 100,000
    # pages.) Only those candidates are ranked, by the small vector: the big body vectors are
    # matched, never ranked. Snippets come from the summary and the start of the body, for the
    # page's results only.
    sql = f"""
        WITH q AS (SELECT websearch_to_tsquery('english', unaccent(%(query)s)) AS tsq,
                          lower(unaccent(%(query)s)) AS plain),
        fuzzy AS (
            SELECT t.document_id, max(similarity(lower(t.term), q.plain)) AS score
            FROM portal_searchterm t, q
            WHERE (lower(t.term) %% q.plain OR lower(t.term) = ANY(regexp_split_to_array(q.plain, '\\s+')))
              AND t.document_id IS NOT NULL
            GROUP BY t.document_id
        ),
        matched AS (
            (SELECT d.id FROM portal_searchdocument d, q WHERE d.ranked @@ q.tsq {filters} LIMIT %(limit)s)
            UNION
            (SELECT d.id FROM portal_searchdocument d, q WHERE d.body_vector @@ q.tsq {filters} LIMIT %(limit)s)
            {fuzzy_branch}
        ),
        candidates AS (
            SELECT d.id, ts_rank(d.ranked, q.tsq) * 2 + coalesce(f.score, 0) AS rank
            FROM (SELECT id FROM matched LIMIT %(limit)s) m
            JOIN portal_searchdocument d ON d.id = m.id CROSS JOIN q LEFT JOIN fuzzy f ON f.document_id = d.id
        ),
        page AS (
            SELECT id, rank, count(*) OVER () AS total FROM candidates ORDER BY rank DESC, id
            LIMIT %(page_size)s OFFSET %(offset)s
        )
        SELECT d.kind, d.url, d.title, d.is_sample, page.total,
               ts_headline('english', d.summary || ' ' || left(d.body, 4000), q.tsq,
                           'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                           || ', MaxWords=30, MinWords=12, MaxFragments=1')
        FROM page JOIN portal_searchdocument d ON d.id = page.id CROSS JOIN q
        ORDER BY page.rank DESC, d.title"""
    params = {"query": query, "kind": kind, "topic": topic, "limit": COUNT_LIMIT + 1, "page_size": PAGE_SIZE,
              "offset": (page - 1) * PAGE_SIZE}  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        total = rows[0][4] if rows else 0
        if not rows and page > 1:  # past the last page: count to say how many there are
            cursor.execute(sql, {**params, "offset": 0})
            first = cursor.fetchone()
            total = first[4] if first else 0
        suggestion = ""
        if total < 3:
            cursor.execute(
                """SELECT t.term FROM portal_searchterm t
                   WHERE lower(t.term) %% lower(unaccent(%s)) AND lower(t.term) <> lower(unaccent(%s))
                     AND t.document_id IS NOT NULL
                   ORDER BY similarity(lower(t.term), lower(unaccent(%s))) DESC LIMIT 1""",
                [query, query, query],
            )
            row = cursor.fetchone()
            suggestion = row[0] if row else _corrected_words(cursor, query)
    results = [
        Result(kind, url, title, _highlight(headline), is_sample)
        for kind, url, title, is_sample, _total, headline in rows
    ]
    return Results(query, cut, results, total, page, suggestion)

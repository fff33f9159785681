"""Search that forgives spelling, with PostgreSQL alone: full-text search (websearch syntax,
English stemming, unaccent) over the public index, and pg_trgm similarity on names and titles for
misspellings ("herseptin" finds Herceptin). Only `SearchDocument` rows are searched, and only public
pages are ever written there.

Each language is searched on its own: a page with an approved Spanish translation is in the index
twice, and /es/search/ reads only the Spanish documents, stemmed with PostgreSQL's `spanish`
configuration over unaccented text (and their names kept without accents), so "quimioterapia",
"nauseas" and "náuseas" all find their pages, and English search never shows a Spanish page.
"""

import html
import re
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from portal.models import SearchDocument, SearchTerm
from portal.search import bestbets
from portal.search import medicines as medicine_names
from portal.search.medicines import unaccented
from portal.search.ranking import (
    ALL_WORDS_BONUS,
    KIND_WEIGHTS,
    MEDICINE_BOOST,
    NAME_BOOSTS,
    QUESTION_WORDS,
    QUESTION_WORDS_BY_LANGUAGE,
    SUPPORT_KIND_WEIGHTS,
    SUPPORT_NAME_BOOSTS,
    SUPPORT_WORDS,
    TEXT_WEIGHTS,
)

MAX_QUERY = 200
PAGE_SIZE = 10
COUNT_LIMIT = 1000
SIMILARITY = 0.35
_START, _STOP = "\x02", "\x03"  # headline markers no text can contain (control characters are removed)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_OPERATORS = re.compile(r"\"|(?:^|\s)-\w|\bor\b", re.IGNORECASE)
ENGLISH = "en"
# The languages the index holds pages in, and the text search configuration of each. Only these
# constants are ever put into the SQL text.
TEXT_CONFIGS = {"en": "english", "es": "spanish"}


def search_language(language: str | None) -> str:
    """The index language to search for a request's language (English when it has none)."""
    return language if language in TEXT_CONFIGS else ENGLISH


def document_key(key: str, language: str = ENGLISH) -> str:
    """The index key of a page in a language: the English page keeps its source's key ("item:42"),
    a translation has its language in front ("es:item:42")."""
    return key if language == ENGLISH else f"{language}:{key}"


# --- Writing the index ---------------------------------------------------------------------------


def index_document(*, key: str, kind: str, url: str, title: str, summary: str, body: str, names: list[str],
                   topic: str = "", is_sample: bool = False, medicine_names: list[str] = (),
                   language: str = ENGLISH) -> None:  # fmt: skip
    """Put one public page in the index (or replace it), with the names people may misspell.
    `medicine_names` (a medicine page's generic and brand names) are matched only exactly or as a
    misspelling of that same name, never by similarity to another medicine (see medicines.py).
    `language`: the page's language (its `url` is the address in that language); the same `key`
    in two languages is two documents (`document_key`)."""
    config = TEXT_CONFIGS[language]
    # Spanish names are kept without accents, as Spanish queries are compared (see SearchTerm).
    fold = (lambda text: text) if language == ENGLISH else unaccented
    with transaction.atomic():
        document, _ = SearchDocument.objects.update_or_create(
            key=document_key(key, language),
            defaults={"kind": kind, "url": url, "title": title, "summary": summary, "body": body, "topic": topic,
                      "is_sample": is_sample, "language": language},
        )  # fmt: skip
        with connection.cursor() as cursor:
            cursor.execute(
                f"""UPDATE portal_searchdocument SET
                     ranked = setweight(to_tsvector('{config}', unaccent(title)), 'A')
                           || setweight(to_tsvector('{config}', unaccent(summary || ' ' || %s)), 'B'),
                     body_vector = to_tsvector('{config}', unaccent(body))
                   WHERE id = %s""",  # noqa: S608 - a constant of TEXT_CONFIGS; the values are parameters
                [" ".join(names), document.pk],
            )
        SearchTerm.objects.filter(document=document).delete()
        medicines = {fold(name.strip()).lower() for name in medicine_names if name and name.strip()}
        terms = {fold(name.strip()) for name in [title, *names, *medicine_names] if name and name.strip()}
        SearchTerm.objects.bulk_create(
            SearchTerm(document=document, term=term[:200], is_medicine=term.lower() in medicines, language=language)
            for term in terms
        )


def unindex(key: str, language: str | None = None) -> None:
    """Take a page out of the index: in every language (the default: withdrawing an English page
    withdraws its translations), or in `language` only."""
    languages = TEXT_CONFIGS if language is None else [language]
    SearchDocument.objects.filter(key__in=[document_key(key, code) for code in languages]).delete()


FREQUENT_WORDS = 5000


@transaction.atomic
def refresh_frequent_words(limit: int = FREQUENT_WORDS) -> int:
    """Replace the frequent words of public pages (those in at least two pages), which "Did you
    mean ...?" corrects misspelt words to, per language (`limit` each). Words as written, not
    stems: a suggestion must read well (Spanish ones without accents, as Spanish queries are
    compared). Run by rebuild_search_index; the cost grows with all public text, so not on every
    approval."""
    added = 0
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM portal_searchterm WHERE document_id IS NULL")
        for language in TEXT_CONFIGS:
            text = "summary || ' ' || body" if language == ENGLISH else "unaccent(summary || ' ' || body)"
            where = f"WHERE language = '{language}'"  # a constant of TEXT_CONFIGS
            pages = f"SELECT to_tsvector('simple', {text}) FROM portal_searchdocument {where}"  # noqa: S608
            cursor.execute(
                """INSERT INTO portal_searchterm (term, document_id, is_medicine, language)
                   SELECT word, NULL, false, %s FROM ts_stat(%s)
                   WHERE ndoc >= 2 AND length(word) BETWEEN 4 AND 40 AND word ~ '^[[:alpha:]]+$'
                   ORDER BY ndoc DESC, word LIMIT %s""",
                [language, pages, limit],
            )
            added += cursor.rowcount
    return added


# --- Searching -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    kind: str
    url: str
    title: str
    snippet: SafeString
    is_sample: bool
    recommended: bool = False  # an editor's best bet for this query


@dataclass(frozen=True)
class Definition:
    """A glossary entry that answers "what is X", shown above the results instead of among them."""

    title: str
    url: str
    summary: str


@dataclass(frozen=True)
class Results:
    query: str
    cut: bool  # the query was longer than MAX_QUERY and was cut
    results: list[Result]
    total: int  # counted up to COUNT_LIMIT + 1
    page: int
    suggestion: str  # "Did you mean ...?" when the words look misspelt
    unknown_medicines: tuple[str, ...] = ()  # medicines the query names that we have no page on
    definition: Definition | None = None
    best_bets: tuple[Result, ...] = ()  # shown first, on the first page only
    pinned: int = 0  # best bets matching the query (on every page: they are never among the results)

    @property
    def count(self) -> int:
        return self.total + self.pinned

    @property
    def total_label(self) -> str:
        return f"{COUNT_LIMIT:,}+" if self.total > COUNT_LIMIT else f"{self.count:,}"

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


def _corrected_words(query: str, closest: list[tuple[str, str | None]]) -> str:
    """The query with each unknown word replaced by the closest frequent word found for it (the
    `closest` rows of `_suggestion`'s query); "" when nothing changes. Catches misspellings of body
    words ("nausia") that no title has. Only a near spelling of the same word, never a shorter part
    of it ("lymphedema" is not "lymph")."""
    replacements = {
        word: better
        for word, better in closest
        if better and better != word and better.lower() not in word and _misspelt(word, better)
    }
    if not replacements:
        return ""
    return _LETTERS.sub(lambda m: replacements.get(m.group(0).lower(), m.group(0)), query)


def _misspelt(typed: str, meant: str) -> bool:
    """Whether `meant` is near enough to be what `typed` misspells: the same first letter (typos
    seldom change it) and a few letters apart, none in a word of 4 letters or fewer, at most two in
    any. Between ordinary words a looser rule offers another word ("diet": "Did you mean dies?",
    "spinal cord compression": "spinal cord suppression")."""
    typed, meant = typed.lower(), meant.lower()
    allowed = min(2, medicine_names.allowed_typos(typed))
    return typed[:1] == meant[:1] and medicine_names.edit_distance(typed, meant) <= allowed


_WORD = re.compile(r"\w[\w+/'’-]*")
_LETTERS = re.compile(r"[^\W\d_]{4,}")  # the words that may be misspelt: 4 letters or more


def _words(query: str) -> list[str]:
    return [word.rstrip("-'’") for word in _WORD.findall(query)]


def normalise_query(raw: str) -> str:
    """A query as search compares it with editors' phrases: its words, lowercase, one space apart
    ("  What is TAXOL? " -> "what is taxol")."""
    return " ".join(_words(clean_query(raw)[0])).lower()


def _ngrams(words: list[str], longest: int = 3) -> list[str]:
    lower = [w.lower() for w in words]
    return sorted({" ".join(lower[i : i + n]) for n in range(1, longest + 1) for i in range(len(lower) - n + 1)})


def _content(words: list[str], language: str = ENGLISH) -> str:
    """The words of a question that say what it is about ("what is a biopsy" -> "biopsy")."""
    question_words = QUESTION_WORDS_BY_LANGUAGE.get(language, QUESTION_WORDS)
    kept = [w for w in words if w.lower() not in question_words]
    return " ".join(kept or words).lower()


def _prepare(cursor, words: list[str], phrases: list[str], want_definition: bool, language: str = ENGLISH,
             spelt: list[str] = ()):  # fmt: skip
    """One query for what the words need: every medicine name of our pages in the language, the
    synonyms of the query's phrases in the language (compared as the query is: lowercase, and
    outside English without accents), a glossary entry named by the query (for the definition
    box), and which of the `spelt` words (lowercase) our pages use as they are: only the others
    may be misspelt."""
    cursor.execute(
        """SELECT 't', t.term, t.document_id, NULL::text, NULL::text FROM portal_searchterm t
           WHERE t.is_medicine AND t.language = %s
           UNION ALL
           SELECT 's', s.typed, NULL, s.means, NULL FROM (
               SELECT lower(CASE WHEN language = 'en' THEN phrase ELSE unaccent(phrase) END) AS typed, means
               FROM portal_synonym WHERE language = %s) s
           WHERE s.typed = ANY(%s::text[])
           UNION ALL
           (SELECT 'g', d.title, d.id, d.url, d.summary FROM portal_searchdocument d
            JOIN portal_searchterm t ON t.document_id = d.id
            WHERE %s AND d.kind = 'glossary' AND d.language = %s AND lower(t.term) = ANY(%s::text[])
            ORDER BY d.id LIMIT 1)
           UNION ALL
           SELECT 'k', w.word, NULL, NULL, NULL FROM unnest(%s::text[]) AS w(word)
           WHERE EXISTS (SELECT 1 FROM portal_searchterm k WHERE lower(k.term) = w.word AND k.language = %s)""",
        [language, language, _ngrams(words), want_definition, language, phrases, list(spelt), language],
    )
    medicines, synonyms, definition, known = [], {}, None, set()
    for tag, term, document_id, text, summary in cursor.fetchall():
        if tag == "t":
            medicines.append((term, document_id))
        elif tag == "s":
            synonyms.setdefault(term, []).append(text)
        elif tag == "k":
            known.add(term)
        else:
            definition = (document_id, Definition(term, text, summary))
    return medicines, synonyms, definition, known


def _groups(words, mentions, synonyms, language=ENGLISH):
    """The query as groups of alternatives, all groups required: each word (or phrase) with its
    synonyms; a medicine with its generic name when we have its page."""
    question_words = QUESTION_WORDS_BY_LANGUAGE.get(language, QUESTION_WORDS)
    groups, i = [], 0
    while i < len(words):
        if i in mentions:
            mention = mentions[i]
            size = len(mention.written.split())
            alternatives = [mention.written]
            if mention.document_id is not None:
                alternatives += [mention.name, mention.generic] if not mention.generic.startswith("page:") else []
        else:
            for size in (3, 2, 1):
                phrase = " ".join(words[i : i + size]).lower()
                if len(words) - i >= size and phrase in synonyms:
                    alternatives = [" ".join(words[i : i + size]), *synonyms[phrase]]
                    break
            else:
                size, alternatives = 1, [words[i]]
        i += size
        if all(a.lower() in question_words for a in alternatives):
            continue
        groups.append(list(dict.fromkeys(alternatives)))
    return groups


def _tsquery_sql(groups, params, joiner, config="english", function="phraseto_tsquery"):
    parts = []
    for g, alternatives in enumerate(groups):
        names = []
        for a, alternative in enumerate(alternatives):
            params[f"g{g}_{a}"] = alternative
            names.append(f"{function}('{config}', unaccent(%(g{g}_{a})s))")
        parts.append("(" + " || ".join(names) + ")")
    return f" {joiner} ".join(parts) if parts else "''::tsquery"


def _kind_weight(weights: dict[str, float]) -> str:
    cases = " ".join(f"WHEN '{kind}' THEN {weight:.3f}" for kind, weight in weights.items())
    return f"(CASE d.kind {cases} ELSE 1.0 END)"


def search(raw_query: str, *, kind: str = "", topic: str = "", page: int = 1, language: str = ENGLISH) -> Results:
    """Search the public pages in `language` (English, or a language of TEXT_CONFIGS)."""
    language = search_language(language)
    config = TEXT_CONFIGS[language]
    shown, cut = clean_query(raw_query)
    page = max(1, min(page, COUNT_LIMIT // PAGE_SIZE + 1))
    if len(shown) < 2:
        return Results(shown, cut, [], 0, page, "")
    # Outside English the query is matched without accents, as its names are kept (the vectors
    # unaccent both sides themselves); the reader sees it as typed.
    query = shown if language == ENGLISH else unaccented(shown)
    # Misspelling matches and synonyms would override what the searcher asked with quotes, "-word" or "or".
    plain_words = not _OPERATORS.search(query)
    words = _words(query)[:24]
    content = _content(words, language)
    phrases = {query.lower(), content}
    if language != ENGLISH:  # Spanish names keep their short words: "(que es) el cancer de mama"
        question_words = QUESTION_WORDS_BY_LANGUAGE[language]
        lead = next((i for i, word in enumerate(words) if word.lower() not in question_words), 0)
        phrases.add(" ".join(words[lead:]).lower())
    phrases = sorted(phrases)
    spelt = list(dict.fromkeys(_LETTERS.findall(query.lower())))[:24]
    with connection.cursor() as cursor:
        medicine_terms, synonyms, definition, known = _prepare(
            cursor, words, phrases, want_definition=page == 1 and kind in ("", "glossary") and plain_words,
            language=language, spelt=spelt,
        )  # fmt: skip
        # Words no page uses as written: only these may be misspelt ("nausia"), so only for them
        # are names compared by similarity. A common word costs most to compare ("treatment" is
        # in thousands of titles: 25 ms at 10,000 pages) and is never a misspelling.
        unfamiliar = [word for word in spelt if word not in known]
        mentions = medicine_names.find_mentions(words, medicine_names.names_index(medicine_terms, language))
        pins = bestbets.for_query(cursor, shown, kind=kind, topic=topic, language=language)
        if definition and definition[0] in {pin[0] for pin in pins}:
            definition = None  # pinned: shown once, first
        forced = sorted({m.document_id for m in mentions.values() if m.document_id is not None})
        unknown = tuple(dict.fromkeys(m.name for m in mentions.values() if m.document_id is None))
        for phrase in list(phrases):
            phrases += synonyms.get(phrase, [])
        # What names are compared with: the whole query in English (as it always was); in other
        # languages its content words, so that short words ("de", "la") do not outweigh them.
        plain = query if language == ENGLISH else content
        params = {"query": query, "plain": plain, "language": language, "kind": kind, "topic": topic,
                  "limit": COUNT_LIMIT + 1, "page_size": PAGE_SIZE,
                  "offset": (page - 1) * PAGE_SIZE, "forced": forced if plain_words else [],
                  "phrases": [p.lower() for p in phrases], "restrict": bool(unknown),
                  "definition": definition[0] if definition else None, "pinned": [pin[0] for pin in pins]}  # fmt: skip
        if plain_words:
            groups = _groups(words, mentions, synonyms, language)
            all_of = _tsquery_sql(groups, params, "&&", config)
            any_of = _tsquery_sql(groups, params, "||", config) if len(groups) > 1 else "''::tsquery"
            # A page's body need only hold a phrase's words, not side by side: the body index answers
            # that alone, while checking that words are adjacent reads every candidate's whole body
            # vector ("hair loss" or "alopecia": 150 ms at 100,000 pages instead of 5). Titles,
            # summaries and names still need the phrase, and rank by it.
            body = _tsquery_sql(groups, params, "&&", config, function="plainto_tsquery")
        else:  # the reader's own quotes: the phrase itself, in the body too
            all_of, any_of = f"websearch_to_tsquery('{config}', unaccent(%(query)s))", "''::tsquery"
            body = all_of
        params["similar"] = plain_words and bool(unfamiliar)
        rows = _run(cursor, params, all_of, any_of, body, plain_words, kind, topic, config)
        total = rows[0][4] if rows else 0
        if not rows and page > 1:  # past the last page: count to say how many there are
            first = _run(cursor, {**params, "offset": 0}, all_of, any_of, body, plain_words, kind, topic, config)[:1]
            total = first[0][4] if first else 0
        exact_name = bool(rows and rows[0][6]) or any(m.exact for m in mentions.values())
        # An editor's pin says what the query means: no "Did you mean" beside it.
        suggestion = "" if pins else _suggestion(cursor, query, mentions, total, exact_name, synonyms, language,
                                                 unfamiliar)  # fmt: skip
    results = [
        Result(kind, url, title, _highlight(headline), is_sample)
        for kind, url, title, is_sample, _total, headline, _exact in rows
    ]
    best_bets = tuple(
        Result(kind, url, title, escape(Truncator(summary).words(30)), is_sample, recommended=True)
        for _id, kind, url, title, summary, is_sample, _pin in pins
    )
    return Results(shown, cut, results, total, page, suggestion, unknown, definition[1] if definition else None,
                   best_bets=best_bets if page == 1 else (), pinned=len(pins))  # fmt: skip


def _suggestion(cursor, query, mentions, total, exact_name, synonyms, language=ENGLISH, unfamiliar=()) -> str:
    """ "Did you mean ...?": a misspelt medicine only ever to its own name; otherwise a name close
    to a one-word query that found little and matched no name exactly; and misspelt words inside
    the query ("nausia after chemo"), even when its other words found pages. Never a fragment of
    the query itself."""
    fixes = {m.written: m.name for m in mentions.values() if not m.exact}
    if fixes:
        pattern = "|".join(re.escape(written) for written in sorted(fixes, key=len, reverse=True))
        return re.sub(pattern, lambda match: fixes[match.group(0)], query)
    # A medicine's name and a word people use ("chemo", "tumour") are never "corrected".
    skip = {word.lower() for m in mentions.values() for word in m.written.split()}
    skip |= {word for phrase in synonyms for word in phrase.split()}
    if language != ENGLISH:  # "para", "como", "sobre" are never misspellings of a page's word
        skip |= QUESTION_WORDS_BY_LANGUAGE.get(language, frozenset())
    near_name = not (exact_name or total >= 3) and not mentions and len(_words(query)) == 1
    # Each word of 4+ letters no page uses as written; never a word in `skip`: a medicine is
    # corrected only to its own name.
    unknown = [w for w in unfamiliar if w not in skip][:8]
    if not (near_name or unknown):
        return ""
    config = TEXT_CONFIGS[language]
    # One query for both kinds of "Did you mean": a page's word close to a one-word query
    # ("name" row), and the closest frequent word for each unknown word of the query ("word" rows).
    cursor.execute(
        """(SELECT 'name', t.term, NULL::text FROM portal_searchterm t
            JOIN portal_searchdocument d ON d.id = t.document_id
            WHERE %(near_name)s AND lower(t.term) %% lower(unaccent(%(query)s))
              AND lower(t.term) <> lower(unaccent(%(query)s))
              AND NOT t.is_medicine AND d.kind <> 'medicine' AND t.language = %(language)s
            ORDER BY similarity(lower(t.term), lower(unaccent(%(query)s))) DESC, t.term LIMIT 1)
           UNION ALL
           SELECT 'word', w.word, (SELECT t.term FROM portal_searchterm t
                                   WHERE t.document_id IS NULL AND lower(t.term) %% w.word AND t.language = %(language)s
                                     -- the same word in another form ("caregivers") finds the same pages
                                     AND plainto_tsquery(%(config)s::regconfig, t.term)
                                         <> plainto_tsquery(%(config)s::regconfig, w.word)
                                   ORDER BY similarity(lower(t.term), w.word) DESC, t.term LIMIT 1)
           FROM unnest(%(unknown)s::text[]) AS w(word)""",
        {"near_name": near_name, "query": query, "language": language, "unknown": unknown, "config": config},
    )
    rows = cursor.fetchall()
    name = next((term for tag, term, _better in rows if tag == "name"), None)
    if name and name.lower() not in query.lower() and _misspelt(query, name):  # "depression" is not "ovary suppression"
        return name
    corrected = _corrected_words(query, [(word, better) for tag, word, better in rows if tag == "word"])
    return corrected if corrected.lower() != query.lower() else ""


# The snippet's markers and size (ts_headline options); the markers are control characters no text holds.
HEADLINE = "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=1'"


def _run(cursor, params, all_of, any_of, body, plain_words, kind, topic, config="english"):
    filters = " AND d.language = %(language)s"  # each language's pages are searched apart
    if kind:
        filters += " AND d.kind = %(kind)s"
    if topic:
        filters += " AND d.topic = %(topic)s"
    support = bool(SUPPORT_WORDS & {w.lower() for w in _words(params["query"])})
    weight = _kind_weight(SUPPORT_KIND_WEIGHTS if support else KIND_WEIGHTS)
    name_boost = _kind_weight(SUPPORT_NAME_BOOSTS if support else NAME_BOOSTS)
    # Only constants and placeholders are put into the SQL text; every value is a parameter.
    fuzzy_branch = (
        f"""
            UNION
            (SELECT f.document_id FROM fuzzy f JOIN portal_searchdocument d ON d.id = f.document_id
             WHERE true {filters} LIMIT %(limit)s)"""  # noqa: S608
        if plain_words
        else ""
    )
    # Matches come from index searches joined by a union: the small title-and-names vector, the
    # body vector, names close to the query (misspellings, never a medicine's: those are resolved
    # in Python to the one medicine they name, `forced`) and names equal to the query, each
    # stopping at COUNT_LIMIT + 1. (One WHERE with ORs across them would read every page's body
    # vector: seconds at 100,000 pages.) Pages with some of the words in the title, summary or
    # names are candidates too (a question's words rarely all appear together), ranked lower.
    # Only those candidates are ranked, by the small vector: the big body vectors are matched,
    # never ranked. Snippets are made for the page's results only: from the summary alone when
    # it holds every word (marking parses the text: the first 4,000 characters of a body take
    # about 0.4 ms a result, 4 of the 10 ms a common query takes at 10,000 pages), otherwise from the
    # summary and the start of the body.
    sql = f"""
        WITH q0 AS (SELECT {all_of} AS tsq, {any_of} AS orq, {body} AS body_tsq, lower(unaccent(%(plain)s)) AS plain),
        q AS (SELECT *, tsq || orq || body_tsq AS marked FROM q0),  -- marked: the words a snippet marks
        fuzzy AS (
            SELECT t.document_id, max(similarity(lower(t.term), q.plain)) AS score
            FROM portal_searchterm t JOIN portal_searchdocument fd ON fd.id = t.document_id, q
            WHERE ((%(similar)s AND lower(t.term) %% q.plain)
                   OR lower(t.term) = ANY(regexp_split_to_array(q.plain, '\\s+')))
              AND NOT t.is_medicine AND fd.kind <> 'medicine' AND t.language = %(language)s
            GROUP BY t.document_id
        ),
        exact AS (
            SELECT DISTINCT t.document_id FROM portal_searchterm t
            WHERE t.document_id IS NOT NULL AND lower(t.term) = ANY(%(phrases)s::text[])
              AND t.language = %(language)s
        ),
        matched AS (
            (SELECT d.id FROM portal_searchdocument d, q WHERE d.ranked @@ q.tsq {filters} LIMIT %(limit)s)
            UNION
            (SELECT d.id FROM portal_searchdocument d, q WHERE d.body_vector @@ q.body_tsq {filters} LIMIT %(limit)s)
            UNION
            (SELECT d.id FROM portal_searchdocument d WHERE d.id = ANY(%(forced)s::int[]) {filters})
            UNION
            (SELECT d.id FROM exact e JOIN portal_searchdocument d ON d.id = e.document_id WHERE true {filters})
            {fuzzy_branch}
        ),
        loose AS (
            SELECT d.id FROM portal_searchdocument d, q WHERE d.ranked @@ q.orq {filters} LIMIT %(limit)s
        ),
        found AS (
            SELECT id, bool_or(all_words) AS all_words
            FROM (SELECT id, true AS all_words FROM matched UNION ALL SELECT id, false FROM loose) both_ways
            GROUP BY id LIMIT %(limit)s
        ),
        candidates AS (
            SELECT d.id,
                   (ts_rank('{TEXT_WEIGHTS}'::float4[], d.ranked, q.tsq) * 2
                    + ts_rank('{TEXT_WEIGHTS}'::float4[], d.ranked, q.orq)
                    + CASE WHEN m.all_words THEN {ALL_WORDS_BONUS} ELSE 0 END
                    + coalesce(f.score, 0)) * {weight}
                   + CASE WHEN e.document_id IS NOT NULL THEN {name_boost} ELSE 0 END
                   + CASE WHEN d.id = ANY(%(forced)s::int[]) THEN {MEDICINE_BOOST} ELSE 0 END AS rank,
                   e.document_id IS NOT NULL AS exact
            FROM found m
            JOIN portal_searchdocument d ON d.id = m.id CROSS JOIN q
            LEFT JOIN fuzzy f ON f.document_id = d.id LEFT JOIN exact e ON e.document_id = d.id
            WHERE d.id IS DISTINCT FROM %(definition)s::int AND NOT d.id = ANY(%(pinned)s::int[])
              -- a query naming a medicine we have no page on never shows another medicine instead
              AND NOT (%(restrict)s AND d.kind = 'medicine' AND NOT d.id = ANY(%(forced)s::int[]))
        ),
        page AS (
            SELECT id, rank, exact, count(*) OVER () AS total FROM candidates ORDER BY rank DESC, id
            LIMIT %(page_size)s OFFSET %(offset)s
        )
        SELECT d.kind, d.url, d.title, d.is_sample, page.total,
               ts_headline('{config}', CASE WHEN to_tsvector('{config}', d.summary) @@ q.body_tsq THEN d.summary
                                            ELSE d.summary || ' ' || left(d.body, 4000) END, q.marked, {HEADLINE}),
               page.exact
        FROM page JOIN portal_searchdocument d ON d.id = page.id CROSS JOIN q
        ORDER BY page.rank DESC, d.title"""  # noqa: S608
    cursor.execute(sql, params)
    return cursor.fetchall()

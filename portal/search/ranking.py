"""What decides the order of search results, in one place.

A result's score is (text match + misspelling match) x the weight of its kind of page, plus a
boost when the query *is* the page's name. The reasons:

- A reader who types a page's title, alias or brand name means that page: the name boost is
  larger than any text score can be, so it comes first.
- A page with all the query's words (or their synonyms) matches better than one with some; but
  a question's words are rarely all on one page, so pages with some of them in the title, summary
  or names are candidates too, ranked mostly by how well their title matches.
- A medicine the query names (exactly, or misspelt) is the page they asked for: the largest boost.
- Articles and medicine summaries are what a reader came for. Glossary entries answer "what is X"
  in the definition box above the results, so as results they come after the content pages.
  Directory listings are many and wordy; they would crowd out the one article written for a
  question, so they rank below content pages, unless the query is about support, help, money or
  transport, when the directory is what the reader wants and comes first.
"""

# ts_rank weights of the ranked vector's parts: {D, C, B, A}; A is the title, B the summary and names.
TEXT_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"

KIND_WEIGHTS = {"article": 1.0, "medicine": 1.0, "glossary": 0.4, "service": 0.25}
SUPPORT_KIND_WEIGHTS = {"article": 1.0, "medicine": 0.8, "glossary": 0.4, "service": 3.0}

# Added when the query is the page's title, an alias, a brand name (or, for a listing, one of
# its categories): a content page the query names comes first; a glossary entry or listing so
# named only moves up among its own kind, unless the query is about support.
NAME_BOOSTS = {"article": 5.0, "medicine": 5.0, "glossary": 0.3, "service": 0.1}
SUPPORT_NAME_BOOSTS = {"article": 1.0, "medicine": 1.0, "glossary": 0.3, "service": 6.0}
MEDICINE_BOOST = 10.0  # the query names this medicine
ALL_WORDS_BONUS = 0.1  # every word of the query (or a synonym) is on the page, not only some

# Words that make a query about the support directory (as typed, lowercased).
SUPPORT_WORDS = frozenset(
    """support help helpline hotline helplines money financial finance finances cost costs pay paying
    payment bills bill afford insurance transport transportation ride rides lift travel parking
    gas grant grants charity charities counseling counselling counselor group groups""".split()
)

# Words that ask rather than say: dropped from the "content" of a question, so that "what is
# a biopsy" is about "biopsy" and "how long can I live with it" about "long live".
QUESTION_WORDS = frozenset(
    """what whats what's how who when where why which is are was were do does did can could should
    would will i me my we our you your it its it's this that the a an of to for in on with and or
    about mean means meaning define definition tell explain please am be have has get""".split()
)

# The same for Spanish queries, without accents (Spanish queries are matched unaccented): the
# question words and the short words (articles, prepositions) that would otherwise outweigh the
# one content word in "¿qué es el tamoxifeno?" when a query is compared with names.
QUESTION_WORDS_ES = frozenset(
    """que como cual cuales quien quienes cuando cuanto cuanta cuantos cuantas donde por porque para
    es son esta estan estoy era eran fue ser estar hay puedo puede pueden podria debo debe deberia
    tengo tiene tienen tener el la los las lo un una unos unas de del al a en con sin sobre y o u e
    ni mi mis me yo tu su sus se le les nos esto este estos estas eso ese esa significa significado
    definicion definir explicar explique explica decir dice dime quiere querer saber mas""".split()
)
QUESTION_WORDS_BY_LANGUAGE = {"en": QUESTION_WORDS, "es": QUESTION_WORDS_ES}

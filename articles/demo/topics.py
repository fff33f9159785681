"""Topics: one per treatment area of the source text, in reading order."""

TOPICS = [
    {
        "slug": "understanding-stage-four",
        "title": "Understanding stage four breast cancer",
        "summary": "What it means when breast cancer has spread, and what treatment aims to do.",
    },
    {
        "slug": "surgery",
        "title": "Surgery",
        "summary": "When an operation may help, and when it is used to ease symptoms.",
    },
    {
        "slug": "chemotherapy",
        "title": "Chemotherapy",
        "summary": "Medicines that kill fast-growing cells throughout the body.",
    },
    {
        "slug": "targeted-therapy",
        "title": "Targeted therapy",
        "summary": "Medicines aimed at particular features of cancer cells, such as HER2.",
    },
    {
        "slug": "hormone-therapy",
        "title": "Hormone therapy",
        "summary": "Treatment for cancers that use the hormones estrogen or progesterone to grow.",
    },
    {
        "slug": "radiation-therapy",
        "title": "Radiation therapy",
        "summary": "Using radiation to treat one area, often to ease pain or other symptoms.",
    },
    {
        "slug": "clinical-trials",
        "title": "Clinical trials",
        "summary": "Research studies of new treatments, and how to ask about joining one.",
    },
    {
        "slug": "integrative-care",
        "title": "Integrative care",
        "summary": "Therapies used alongside medical treatment to help with symptoms and well-being.",
    },
    {
        "slug": "support-and-living-well",
        "title": "Support and living well",
        "summary": "Help for you and your family: emotional support, practical help and palliative care.",
    },
]

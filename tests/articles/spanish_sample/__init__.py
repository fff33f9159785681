"""A tiny Spanish sample in the format of `articles/demo/spanish/` (see its contract), for the loader's
tests only: one article one English version behind, and one glossary term."""

"""The FDA label watch: which DailyMed label each medicine follows, snapshots of its key sections,
and the flags that send a page back to its reviewers when the label changes (issue 17).

`client` (DailyMed's web services), `spl` (reading a label safely), `models`, `services` (writes),
`selectors` (reads) and `views` (the reviewer workspace's label pages).
"""

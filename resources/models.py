"""The support-organisation directory (HSDS 3.0 shaped) arrives with its own issue."""

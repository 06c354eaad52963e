"""Verification reports and exports: the claim sets, their formats, and the PDF job."""

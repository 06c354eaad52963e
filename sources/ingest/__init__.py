"""Turn uploads, pasted fields, web pages and JSONL lines into plain-text documents.

Model-free on purpose: services and views decide what to store; this package only
reads, cleans and validates. Every problem an editor can fix is an `IngestError`.
"""

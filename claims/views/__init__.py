"""The workbench's screens, one module per screen.

Readers (editors and viewers) see every page; only editors may post. An htmx
request gets the region it swaps, a plain request the whole page
(`access.render_page`), so every screen reads without JavaScript.
"""

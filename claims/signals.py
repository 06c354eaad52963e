"""Hooks inside the claims app, where a direct call would import in a circle."""

from django.dispatch import Signal

# Sent after the commit of an editor's change that can move speakers' list
# counters (a speaker change, a verdict to or from false or "not a claim"), with
# `speaker_ids`. The tasks module connects the background recount.
speaker_counts_changed = Signal()

# Sent after the commit of a proposed verdict approved or sent back, with `claim_id`,
# `action` (ClaimEvent.Action.APPROVAL or SEND_BACK), `by` (the second editor),
# `proposer` and `note`. The desk connects its notifications.
sign_off_step = Signal()
# Sent after the commit that stores an article's extracted claims, with
# `article_id`. Cross-article tracking connects its grouping here.
claims_stored = Signal()

# Sent after the commit of an editor's change of who said a claim, with
# `claim_ids`: what a claim repeats depends on its speaker.
claims_reattributed = Signal()

# Sent after the commit of verdict changes, with `changes`: a list of (claim_id,
# old, new) verdict values, one per claim, all a commit changed (a verdict given to
# a repeated claim's members is one signal): apps built on claims alert the people
# who follow the claims.
verdict_changed = Signal()

# Sent inside the transaction of any change to what a story's figure ledger sums up
# (figures stored, re-extracted, corrected, split or merged; a claim's speaker
# changed), with `article_ids`. Tracking connects the summary's refresh, which must
# commit or roll back with the change it sums up.
figures_changed = Signal()

# Sent inside the transaction when claims' verdicts move into verified (`verified`
# true) or out of it, with `claim_ids`, when nothing else of theirs changed: their
# figures stay where they are in the ledger, only counted verified or not.
verification_changed = Signal()

# Sent by the sweep_extractions command on every sweep, with `older_than` (a
# timedelta): apps built on claims send again their own work that a broker outage
# or a dead worker left waiting, and return how much as (count, what), for the
# command's line: (2, "stalled PDF export(s)").
sweeping = Signal()

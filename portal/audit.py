"""The audit trail: which tables django-pghistory records, with the same events for all of them."""

import pghistory


def audited(model=None, *, exclude=()):
    """Class decorator: every insert, update and delete lands in the audit trail, however it was made
    (the ORM, a bulk update, raw SQL), because pghistory records them with database triggers.

    `exclude` leaves out columns that say nothing new, such as generated ones the database derives.
    Fresh trackers are made for each model, because a tracker binds to the model it decorates.
    """

    def track(model):
        events = (pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())
        return pghistory.track(*events, exclude=list(exclude))(model)

    return track(model) if model else track

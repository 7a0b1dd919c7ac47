"""The first run's position, as pure functions: which step shows, what a
save, a skip, Back and "later" do to it, and whether signing in still leads
there. No database: service.py stores a `Position` and acts through these."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mitai_app.onboarding.consts import STEPS

TOTAL = len(STEPS)


@dataclass(frozen=True)
class Position:
    step: int  # the step shown, 1 … TOTAL
    done: frozenset[str] = frozenset()  # steps saved at least once
    skipped: frozenset[str] = frozenset()  # steps passed without saving (and never saved)
    finished: bool = False
    dismissed: bool = False

    @property
    def closed(self) -> bool:
        """Finished or dismissed: signing in no longer leads to it."""
        return self.finished or self.dismissed

    @property
    def key(self) -> str:
        return STEPS[self.step - 1]


START = Position(step=1)


def number_of(key: str) -> int:
    """A step's number (1 … TOTAL); an unknown key raises ValueError."""
    return STEPS.index(key) + 1


def _past(position: Position, key: str, **changes) -> Position:
    """After `key`: the next step, or the flow finished after the last."""
    number = number_of(key)
    if number == TOTAL:
        return replace(position, step=TOTAL, finished=True, **changes)
    return replace(position, step=number + 1, **changes)


def saved(position: Position, key: str) -> Position:
    return _past(position, key, done=position.done | {key}, skipped=position.skipped - {key})


def skipped(position: Position, key: str) -> Position:
    """Passed without saving; a step saved before stays saved (its values stand)."""
    marked = position.skipped if key in position.done else position.skipped | {key}
    return _past(position, key, skipped=marked)


def back(position: Position) -> Position:
    return replace(position, step=max(1, position.step - 1))


def dismissed(position: Position) -> Position:
    """ "Set up later": the flow stops leading anywhere; every value saved stays."""
    return replace(position, dismissed=True)


def reopened(position: Position) -> Position:
    """ "Set up again": the flow open at step 1 once more; what was saved
    stays saved (and is shown in the steps' forms)."""
    return replace(position, step=1, finished=False, dismissed=False)


def leads_after_sign_in(position: Position | None) -> bool:
    """A profile that has not begun (None) or is still on its way is led
    to the flow after signing in; a finished or dismissed one never again."""
    return position is None or not position.closed

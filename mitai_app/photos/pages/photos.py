"""Progress photos: upload, gallery by date and pose, before/after.

The upload streams to a background handler (the file never passes through
the page state): it stops reading past the size limit, then the service
decodes, turns, strips and stores the photo in a worker thread while the
form shows "Uploading… n %" and then "Processing…". Images are always
loaded from the media routes, which check the session.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import reflex as rx
from reflex_base.event import EventChain
from reflex_base.utils.imports import ImportVar
from reflex_base.vars import VarData

from mitai_app.core.access import FeatureRefused, refusal_message
from mitai_app.core.errors import UserError, user_message
from mitai_app.core.formatting import format_date, today_in
from mitai_app.core.i18n import CATALOG, translate
from mitai_app.core.text import Text
from mitai_app.photos import service as photo_service
from mitai_app.photos.consts import PHOTO_MEDIA, PHOTOS
from mitai_app.photos.models import POSES
from mitai_app.photos.processing import DEFAULT_MAX_UPLOAD_MB, MEGABYTE
from mitai_app.photos.service import PhotoRow
from mitai_app.ui.dialogs import confirm_dialog
from mitai_app.ui.forms import error_callout, field, limit_hint, select_field, submit_button
from mitai_app.ui.layout import page
from mitai_app.ui.session import (
    AuthState,
    call_service,
    shown,
    signed_in,
    t,
    to_login,
)

log = logging.getLogger(__name__)
UPLOAD_ID = "photo"
PICKER_ID = "photo-picker"
EDIT_PREFIX = "edit_"  # the edit dialog's field names, apart from the upload form's
ACCEPT = {
    "image/jpeg": [".jpg", ".jpeg"],
    "image/png": [".png"],
    "image/webp": [".webp"],
    "image/heic": [".heic"],
    "image/heif": [".heif"],
}

# Where the backend answers, as Reflex itself finds it: the page's own origin
# on a single-port server, the backend port in development.
BACKEND_ORIGIN = rx.Var(
    _js_expr="getBackendURL(env.UPLOAD).origin",
    _var_type=str,
    _var_data=VarData(
        imports={
            "$/utils/state": "getBackendURL",
            "$/env.json": ImportVar(tag="env", is_default=True),
        }
    ),
).to(str)


@dataclass
class PhotoView:
    """One photo as the page shows it, its words in both languages (they
    follow the language switch without a reload)."""

    id: str
    url: str
    thumbnail_url: str
    date: str  # ISO, for the edit form
    pose: str
    notes: str
    shown_date: Text
    alt: Text


def _alt(row: PhotoRow, lang: str) -> str:
    pose = translate(f"photos.{row.pose}", lang) if row.pose in POSES else ""
    return translate("photos.photo_alt", lang, pose=pose, date=format_date(row.date, lang))


def _view(row: PhotoRow) -> PhotoView:
    return PhotoView(
        id=row.id,
        url=f"{PHOTO_MEDIA}/{row.id}",
        thumbnail_url=f"{PHOTO_MEDIA}/{row.id}/thumb",
        date=row.date.isoformat(),
        pose=row.pose,
        notes=row.notes,
        shown_date=Text.composed(lambda lang: format_date(row.date, lang)),
        alt=Text.composed(lambda lang: _alt(row, lang)),
    )


def _parsed_fields(form: dict, prefix: str = "") -> tuple[str, date, str]:
    """The form's pose, date and notes (see _photo_fields); an unreadable
    date is a UserError."""
    try:
        day = date.fromisoformat(str(form.get(f"{prefix}date", "")))
    except ValueError as error:
        raise UserError("photos.error.date_invalid", field="date") from error
    return str(form.get(f"{prefix}pose", "")), day, str(form.get(f"{prefix}notes", ""))


async def read_upload(chunks: AsyncIterator[Any], *, max_bytes: int) -> bytes:
    """The uploaded file, read no further than `max_bytes`: the browser
    refuses bigger files, and this stops those sent without it (the rest of
    the request is then refused unread)."""
    data = bytearray()
    async for chunk in chunks:
        data += chunk.data
        if len(data) > max_bytes:
            raise UserError("photos.error.file_too_big", field="file", mb=max_bytes // MEGABYTE)
    return bytes(data)


class PhotosState(rx.State):
    photos: list[PhotoView] = []
    pose_filter: str = ""  # "": every pose
    today: str = ""
    upload_mb: int = DEFAULT_MAX_UPLOAD_MB

    upload_stage: str = ""  # "", "uploading" or "processing"
    upload_percent: int = 0
    upload_error: str = ""
    upload_key: int = 0

    delete_id: str = ""
    edit_id: str = ""
    edit_error: str = ""
    view_id: str = ""  # the photo shown full size
    view_actual: bool = False  # at its natural size (scrolling) rather than fitted

    compare_pose: str = ""
    before_id: str = ""
    after_id: str = ""
    before: PhotoView | None = None
    after: PhotoView | None = None
    compare_error: str = ""

    @rx.var
    def gallery(self) -> list[PhotoView]:
        return [p for p in self.photos if not self.pose_filter or p.pose == self.pose_filter]

    @rx.var
    def comparable_poses(self) -> list[str]:
        """Poses with at least two photos, in the usual order."""
        return [pose for pose in POSES if sum(p.pose == pose for p in self.photos) >= 2]

    @rx.var
    def compare_choices(self) -> list[PhotoView]:
        """The chosen pose's photos, oldest first."""
        return sorted((p for p in self.photos if p.pose == self.compare_pose), key=lambda p: p.date)

    @rx.var
    def editing(self) -> PhotoView | None:
        return next((p for p in self.photos if p.id == self.edit_id), None)

    @rx.var
    def viewing(self) -> PhotoView | None:
        return next((p for p in self.photos if p.id == self.view_id), None)

    @rx.event
    def load(self):
        # A fresh page: nothing half-shown from before (or from before a restart).
        self.upload_stage, self.upload_percent = "", 0
        self.upload_error = self.compare_error = self.edit_error = ""
        self.delete_id = self.edit_id = self.view_id = ""
        return PhotosState.load_photos

    @rx.event
    async def load_photos(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        shown = await call_service(photo_service.photo_page, profile_id=me.user.id)
        self.photos = [_view(row) for row in shown.photos]
        self.upload_mb = shown.upload_limit_mb
        self.today = today_in(me.user.timezone).isoformat()
        if self.compare_pose not in self.comparable_poses:
            self.compare_pose = self.comparable_poses[0] if self.comparable_poses else ""
        return PhotosState.compare_defaults

    # --- upload -----------------------------------------------------------------

    @rx.event
    def upload_progress(self, progress: dict[str, Any]):
        if self.upload_stage == "uploading":
            self.upload_percent = round(float(progress.get("progress", 0)) * 100)

    @rx.event
    async def file_rejected(self):
        lang = (await self.get_state(AuthState)).lang
        self.upload_error = translate("photos.error.file_rejected", lang, mb=self.upload_mb)

    @rx.event(background=True)
    async def upload(self, chunks: rx.UploadChunkIterator, form: dict):
        async with self:
            if self.upload_stage:
                return
            me = await signed_in(self)
            if me is None:
                return to_login()
            self.upload_stage, self.upload_percent, self.upload_error = "uploading", 0, ""
        lang = me.lang
        error = ""
        try:
            max_bytes = await call_service(photo_service.begin_upload, profile_id=me.user.id)
            data = await read_upload(chunks, max_bytes=max_bytes)
            async with self:
                self.upload_stage = "processing"
            pose, day, notes = _parsed_fields(form)
            await call_service(
                photo_service.upload_photo,
                profile_id=me.user.id,
                data=data,
                pose=pose,
                day=day,
                notes=notes,
                today=today_in(me.user.timezone),
            )
        except UserError as refused:
            error = user_message(refused, lang)
        except FeatureRefused as refused:
            error = refusal_message(refused.decision, lang)
        except Exception:  # never leave the form spinning
            log.exception("photo upload failed")
            error = translate("error.unexpected", lang)
        async with self:
            self.upload_stage, self.upload_error = "", error
            if not error:
                self.upload_key += 1
        if error:
            return None
        return [
            rx.clear_selected_files(UPLOAD_ID),
            PhotosState.load_photos,
            rx.toast.success(translate("photos.uploaded", lang)),
        ]

    # --- gallery ----------------------------------------------------------------

    @rx.event
    def set_pose_filter(self, value: str):
        self.pose_filter = value if value in POSES else ""

    @rx.event
    def ask_delete(self, photo_id: str):
        self.delete_id = photo_id

    @rx.event
    def set_delete_open(self, value: bool):
        if not value:
            self.delete_id = ""

    @rx.event
    async def delete(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        photo_id, self.delete_id = self.delete_id, ""
        try:
            await call_service(photo_service.delete_photo, profile_id=me.user.id, photo_id=photo_id)
        except UserError as error:
            return [PhotosState.load_photos, rx.toast.error(user_message(error, me.lang))]
        return [PhotosState.load_photos, rx.toast.success(translate("photos.deleted", me.lang))]

    @rx.event
    def open_photo(self, photo_id: str):
        self.view_id, self.view_actual = photo_id, False

    @rx.event
    def set_view_open(self, value: bool):
        if not value:
            self.view_id = ""

    @rx.event
    def toggle_actual_size(self):
        self.view_actual = not self.view_actual

    @rx.event
    def start_edit(self, photo_id: str):
        self.edit_id, self.edit_error = photo_id, ""

    @rx.event
    def set_edit_open(self, value: bool):
        if not value:
            self.edit_id, self.edit_error = "", ""

    @rx.event
    async def save_edit(self, form: dict):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            pose, day, notes = _parsed_fields(form, EDIT_PREFIX)
            await call_service(
                photo_service.update_photo,
                profile_id=me.user.id,
                photo_id=self.edit_id,
                pose=pose,
                day=day,
                notes=notes,
                today=today_in(me.user.timezone),
            )
        except UserError as error:
            self.edit_error = user_message(error, me.lang)
            return None
        self.edit_id, self.edit_error = "", ""
        return [PhotosState.load_photos, rx.toast.success(translate("common.saved", me.lang))]

    # --- before/after -----------------------------------------------------------

    @rx.event
    def set_compare_pose(self, value: str):
        if value in POSES:
            self.compare_pose = value
            self.before_id = self.after_id = ""
        return PhotosState.compare_defaults

    @rx.event
    def compare_defaults(self):
        """The first and the latest photo of the pose, unless still chosen."""
        ids = [p.id for p in self.compare_choices]
        if len(ids) < 2:
            self.before_id = self.after_id = ""
            self.before = self.after = None
            return None
        if self.before_id not in ids or self.after_id not in ids:
            self.before_id, self.after_id = ids[0], ids[-1]
        return PhotosState.compare

    @rx.event
    def set_before(self, value: str):
        self.before_id = value
        return PhotosState.compare

    @rx.event
    def set_after(self, value: str):
        self.after_id = value
        return PhotosState.compare

    @rx.event
    async def compare(self):
        me = await signed_in(self)
        if me is None:
            return to_login()
        try:
            older, newer = await call_service(
                photo_service.before_after,
                profile_id=me.user.id,
                before_id=self.before_id,
                after_id=self.after_id,
            )
        except UserError as error:
            self.compare_error = user_message(error, me.lang)
            self.before = self.after = None
            return
        self.compare_error = ""
        self.before, self.after = _view(older), _view(newer)


# --- components -------------------------------------------------------------------


def _with_value(key: str, **values: rx.Var) -> rx.Var:
    """A UI text with a state value in it, in the reader's language."""
    text = CATALOG[key]
    return rx.cond(AuthState.lang == "de", text.de.format(**values), text.en.format(**values))


def _date_of(photo: PhotoView) -> rx.Var:
    return shown(photo.shown_date)


def _alt_of(photo: PhotoView) -> rx.Var:
    return shown(photo.alt)


def _pose_of(photo: PhotoView) -> rx.Var:
    return rx.match(photo.pose, *[(pose, t(f"photos.{pose}")) for pose in POSES], "")


def _pose_options() -> list[tuple[str, rx.Var]]:
    return [(pose, t(f"photos.{pose}")) for pose in POSES]


def _card(title_key: str, *children: rx.Component) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.heading(t(title_key), size="4", as_="h2"), *children, spacing="4", width="100%"
        ),
        width="100%",
    )


def _click_picker(capture: bool) -> rx.Var:
    """Opens the file picker; on a phone, `capture` opens the camera instead."""
    toggle = (
        "input.setAttribute('capture', 'environment');"
        if capture
        else "input.removeAttribute('capture');"
    )
    return rx.Var(
        _js_expr=(
            f"(() => {{ const input = document.querySelector('#{PICKER_ID} input[type=file]');"
            f" if (input) {{ {toggle} input.click(); }} }})"
        ),
        _var_type=EventChain,
    )


def _dropzone(*children: rx.Component, **props) -> rx.Component:
    """rx.upload whose (visually hidden) file input has a name for screen
    readers and tests: Reflex offers no prop for it."""
    dropzone = rx.upload.root(*children, **props)
    zone = dropzone.children[0]
    zone.children[0].custom_attrs["aria-label"] = t("photos.file")
    return dropzone


def _picker() -> rx.Component:
    chosen = rx.selected_files(UPLOAD_ID)
    return rx.vstack(
        _dropzone(
            rx.flex(
                rx.button(
                    rx.icon("camera", size=18, aria_hidden="true"),
                    t("photos.take"),
                    type="button",
                    on_click=_click_picker(capture=True),
                    size="3",
                    # Only where a camera is likely: touch screens.
                    style={"@media (pointer: fine)": {"display": "none"}},
                ),
                rx.button(
                    rx.icon("image-plus", size=18, aria_hidden="true"),
                    t("photos.choose"),
                    type="button",
                    on_click=_click_picker(capture=False),
                    variant="soft",
                    size="3",
                ),
                gap="3",
                wrap="wrap",
            ),
            id=UPLOAD_ID,
            accept=ACCEPT,
            multiple=False,
            max_files=1,
            max_size=PhotosState.upload_mb * 1024 * 1024,
            no_click=True,
            no_keyboard=True,
            # Not the rejected files themselves: they would travel to the server.
            on_drop_rejected=lambda _rejected: PhotosState.file_rejected,
            width="100%",
        ),
        rx.cond(
            chosen.length() > 0,
            rx.text(t("photos.chosen"), " ", chosen[0], word_break="break-all", size="2"),
            rx.text(t("photos.none_chosen"), size="2", color_scheme="gray"),
        ),
        rx.text(
            _with_value("photos.file_hint", mb=PhotosState.upload_mb), size="2", color_scheme="gray"
        ),
        id=PICKER_ID,
        spacing="2",
        width="100%",
    )


def _upload_status() -> rx.Component:
    return rx.match(
        PhotosState.upload_stage,
        (
            "uploading",
            rx.vstack(
                rx.text(_with_value("photos.uploading", percent=PhotosState.upload_percent)),
                rx.progress(value=PhotosState.upload_percent, width="100%"),
                role="status",
                width="100%",
            ),
        ),
        (
            "processing",
            rx.hstack(rx.spinner(), rx.text(t("photos.processing")), role="status"),
        ),
        rx.fragment(),
    )


def _photo_fields(*, pose: rx.Var | str, day: rx.Var | str, notes: rx.Var | str, prefix: str):
    """Pose, date and notes: the same three fields for a new photo and an edit."""
    return (
        select_field(
            t("photos.pose"), f"{prefix}pose", _pose_options(), default_value=pose, required=True
        ),
        field(
            t("photos.date"),
            f"{prefix}date",
            type="date",
            default_value=day,
            max=PhotosState.today,
            required=True,
        ),
        rx.vstack(
            rx.el.label(t("photos.notes"), html_for=f"field-{prefix}notes", font_weight="500"),
            rx.text_area(
                id=f"field-{prefix}notes",
                name=f"{prefix}notes",
                default_value=notes,
                width="100%",
                size="3",
            ),
            rx.text(limit_hint(photo_service.NOTES_MAX), size="2", color_scheme="gray"),
            spacing="1",
            width="100%",
        ),
    )


def _upload_form() -> rx.Component:
    return _card(
        "photos.add",
        rx.form(
            rx.vstack(
                _picker(),
                *_photo_fields(pose="front", day=PhotosState.today, notes="", prefix=""),
                error_callout(PhotosState.upload_error),
                _upload_status(),
                submit_button(t("photos.upload"), PhotosState.upload_stage != ""),
                spacing="4",
                width="100%",
            ),
            on_submit=lambda form: PhotosState.upload(
                rx.upload_files_chunk(
                    upload_id=UPLOAD_ID, on_upload_progress=PhotosState.upload_progress
                ),
                form,
            ),
            key=PhotosState.upload_key,
            width="100%",
        ),
    )


def _gallery_item(photo: PhotoView) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.el.a(
                rx.image(
                    src=BACKEND_ORIGIN + photo.thumbnail_url,
                    alt=_alt_of(photo),
                    loading="lazy",
                    width="100%",
                    style={"aspect_ratio": "3 / 4", "object_fit": "cover", "border_radius": "6px"},
                ),
                # The link stays for "open in new tab"; a tap opens the viewer.
                href=BACKEND_ORIGIN + photo.url,
                on_click=[rx.prevent_default, PhotosState.open_photo(photo.id)],
                aria_label=f"{t('photos.open_full')}: {_alt_of(photo)}",
                style={"display": "block", "width": "100%"},
            ),
            rx.hstack(
                rx.text(_date_of(photo), weight="medium"),
                rx.badge(_pose_of(photo)),
                justify="between",
                align="center",
                width="100%",
                wrap="wrap",
            ),
            rx.cond(photo.notes != "", rx.text(photo.notes, size="2"), rx.fragment()),
            rx.hstack(
                rx.button(
                    rx.icon("pencil", size=16, aria_hidden="true"),
                    t("photos.edit"),
                    on_click=PhotosState.start_edit(photo.id),
                    variant="soft",
                    aria_label=f"{t('photos.edit')}: {_alt_of(photo)}",
                ),
                rx.button(
                    rx.icon("trash-2", size=16, aria_hidden="true"),
                    t("photos.delete"),
                    on_click=PhotosState.ask_delete(photo.id),
                    variant="soft",
                    color_scheme="red",
                    aria_label=f"{t('photos.delete')}: {_alt_of(photo)}",
                ),
                spacing="2",
                wrap="wrap",
            ),
            spacing="2",
            width="100%",
        ),
        role="listitem",
    )


def _gallery() -> rx.Component:
    return _card(
        "photos.gallery",
        select_field(
            t("photos.filter"),
            "pose_filter",
            [("", t("photos.all_poses")), *_pose_options()],
            value=PhotosState.pose_filter,
            on_change=PhotosState.set_pose_filter,
        ),
        rx.cond(
            PhotosState.photos.length() == 0,
            rx.text(t("photos.empty")),
            rx.cond(
                PhotosState.gallery.length() == 0,
                rx.text(t("photos.empty_pose")),
                rx.grid(
                    rx.foreach(PhotosState.gallery, _gallery_item),
                    columns={"initial": "2", "md": "3"},
                    gap="3",
                    width="100%",
                    role="list",
                    aria_label=t("photos.gallery"),
                ),
            ),
        ),
    )


def _delete_dialog() -> rx.Component:
    return confirm_dialog(
        title=t("photos.delete_title"),
        text=t("photos.delete_text"),
        confirm=t("photos.delete"),
        on_confirm=PhotosState.delete,
        open=PhotosState.delete_id != "",
        on_open_change=PhotosState.set_delete_open,
        danger=True,
    )


def _viewer() -> rx.Component:
    """One photo full size: fitted to the screen, or at its natural size
    (scrolling); Esc, the close button or a tap outside closes it."""
    photo = PhotosState.viewing
    return rx.dialog.root(
        rx.dialog.content(
            rx.cond(
                photo,
                rx.vstack(
                    rx.flex(
                        rx.dialog.title(_alt_of(photo), margin="0", size="4"),
                        rx.hstack(
                            rx.button(
                                rx.cond(
                                    PhotosState.view_actual,
                                    t("photos.fit_screen"),
                                    t("photos.actual_size"),
                                ),
                                on_click=PhotosState.toggle_actual_size,
                                variant="soft",
                                high_contrast=True,
                            ),
                            rx.dialog.close(
                                rx.icon_button(
                                    rx.icon("x", size=18),
                                    variant="soft",
                                    high_contrast=True,
                                    aria_label=t("photos.close"),
                                    size="3",
                                ),
                            ),
                            spacing="2",
                        ),
                        justify="between",
                        align="center",
                        gap="2",
                        wrap="wrap",
                        width="100%",
                    ),
                    rx.dialog.description(
                        rx.cond(photo.notes != "", photo.notes, _date_of(photo)), size="2"
                    ),
                    rx.box(
                        rx.image(
                            src=BACKEND_ORIGIN + photo.url,
                            alt=_alt_of(photo),
                            id="photo-full",
                            max_width=rx.cond(PhotosState.view_actual, "none", "100%"),
                            max_height=rx.cond(PhotosState.view_actual, "none", "75vh"),
                            margin_inline="auto",
                            display="block",
                        ),
                        overflow="auto",
                        max_height="75vh",
                        width="100%",
                    ),
                    spacing="3",
                    width="100%",
                ),
                rx.fragment(),
            ),
            max_width="min(96vw, 80rem)",
            width="auto",
        ),
        open=PhotosState.view_id != "",
        on_open_change=PhotosState.set_view_open,
    )


def _edit_dialog() -> rx.Component:
    photo = PhotosState.editing
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title(t("photos.edit_title")),
            rx.cond(
                photo,
                rx.form(
                    rx.vstack(
                        *_photo_fields(
                            pose=photo.pose, day=photo.date, notes=photo.notes, prefix=EDIT_PREFIX
                        ),
                        error_callout(PhotosState.edit_error),
                        rx.flex(
                            rx.dialog.close(
                                rx.button(
                                    t("common.cancel"),
                                    type="button",
                                    variant="soft",
                                    color_scheme="gray",
                                    size="3",
                                )
                            ),
                            rx.button(t("common.save"), type="submit", size="3"),
                            gap="3",
                            justify="end",
                            wrap="wrap",
                            width="100%",
                        ),
                        spacing="4",
                        width="100%",
                    ),
                    on_submit=PhotosState.save_edit,
                    key=PhotosState.edit_id,
                    width="100%",
                ),
                rx.fragment(),
            ),
            max_width="28rem",
        ),
        open=PhotosState.edit_id != "",
        on_open_change=PhotosState.set_edit_open,
    )


# Moving the slider changes only a CSS variable in the browser: no round trip.
_SLIDE = rx.Var(
    _js_expr=(
        "((event) => event.target.closest('.mj-compare')"
        ".style.setProperty('--split', event.target.value + '%'))"
    ),
    _var_type=EventChain,
)


def _comparison() -> rx.Component:
    """The after photo with the before photo over it, cut at --split. The
    handle sits on the photos: a themed divider with a grip, moved by
    dragging anywhere on them or by the arrow keys. Underneath it is a
    labelled range input spread over the photos (invisible, but it takes the
    pointer and the keys, and screen readers know it as a slider)."""
    before, after = PhotosState.before, PhotosState.after
    layer = {
        "position": "absolute",
        "inset": "0",
        "width": "100%",
        "height": "100%",
        "object_fit": "contain",
    }
    centred = {"position": "absolute", "left": "var(--split)", "pointer_events": "none"}
    return rx.vstack(
        rx.box(
            rx.image(
                src=BACKEND_ORIGIN + after.url,
                alt=f"{t('photos.after')}: {_alt_of(after)}",
                style=layer,
            ),
            rx.image(
                src=BACKEND_ORIGIN + before.url,
                alt=f"{t('photos.before')}: {_alt_of(before)}",
                style={**layer, "clip_path": "inset(0 calc(100% - var(--split)) 0 0)"},
            ),
            rx.box(
                class_name="mj-compare-divider",
                style={
                    **centred,
                    "top": "0",
                    "bottom": "0",
                    "width": "3px",
                    "transform": "translateX(-50%)",
                    "background": rx.color("accent", 9),
                    "box_shadow": "0 0 0 1px rgba(0, 0, 0, 0.35)",
                },
            ),
            rx.flex(
                rx.icon("chevrons-left-right", size=22, aria_hidden="true"),
                class_name="mj-compare-handle",
                align="center",
                justify="center",
                style={
                    **centred,
                    "top": "50%",
                    "width": "44px",
                    "height": "44px",
                    "transform": "translate(-50%, -50%)",
                    "border_radius": "9999px",
                    "background": rx.color("accent", 9),
                    "color": "white",
                    "box_shadow": "0 1px 4px rgba(0, 0, 0, 0.45)",
                },
            ),
            rx.el.input(
                id="field-compare_slider",
                name="compare_slider",
                type="range",
                min=0,
                max=100,
                default_value=50,
                on_change=_SLIDE,
                aria_label=t("photos.slider"),
                style={
                    "position": "absolute",
                    "inset": "0",
                    "width": "100%",
                    "height": "100%",
                    "margin": "0",
                    "opacity": "0",
                    "cursor": "ew-resize",
                    # A vertical swipe still scrolls the page on a phone.
                    "touch_action": "pan-y",
                },
            ),
            style={
                "position": "relative",
                "width": "100%",
                "aspect_ratio": "3 / 4",
                "max_height": "80vh",
                "max_width": "40rem",
                "margin_inline": "auto",
                "background": rx.color("gray", 3),
                "border_radius": "6px",
                "overflow": "hidden",
                # The input is invisible: its keyboard focus shows on the handle.
                "&:has(input:focus-visible) .mj-compare-handle": {
                    "outline": f"3px solid {rx.color('accent', 12)}",
                    "outline_offset": "2px",
                },
            },
        ),
        rx.hstack(
            rx.text(t("photos.before"), ": ", _date_of(before), size="2"),
            rx.text(t("photos.after"), ": ", _date_of(after), size="2"),
            justify="between",
            width="100%",
            wrap="wrap",
        ),
        # The slider sets --split here; the photos above inherit it.
        class_name="mj-compare",
        style={"--split": "50%"},
        spacing="2",
        width="100%",
    )


def _dynamic_select(label: rx.Var, name: str, options: rx.Component, **props) -> rx.Component:
    """Like forms.select_field, for options that come from the state."""
    select_id = f"field-{name}"
    return rx.vstack(
        rx.el.label(label, html_for=select_id, font_weight="500"),
        rx.el.select(
            options,
            id=select_id,
            name=name,
            class_name="rt-reset rt-SelectTrigger rt-r-size-3 rt-variant-surface",
            style={"width": "100%"},
            **props,
        ),
        spacing="1",
        width="100%",
    )


def _date_select(label_key: str, value: rx.Var, on_change) -> rx.Component:
    """One photo of the chosen pose, by its date."""
    return _dynamic_select(
        t(label_key),
        f"compare_{label_key.removeprefix('photos.')}",
        rx.foreach(
            PhotosState.compare_choices,
            lambda choice: rx.el.option(_date_of(choice), value=choice.id),
        ),
        value=value,
        on_change=on_change,
    )


def _compare() -> rx.Component:
    return _card(
        "photos.compare",
        rx.cond(
            PhotosState.comparable_poses.length() == 0,
            rx.text(t("photos.compare_needs_two")),
            rx.vstack(
                rx.text(t("photos.compare_hint"), size="2", color_scheme="gray"),
                _dynamic_select(
                    t("photos.pose"),
                    "compare_pose",
                    rx.foreach(
                        PhotosState.comparable_poses,
                        lambda pose: rx.el.option(
                            rx.match(
                                pose,
                                *[(p, t(f"photos.{p}")) for p in POSES],
                                pose,
                            ),
                            value=pose,
                        ),
                    ),
                    value=PhotosState.compare_pose,
                    on_change=PhotosState.set_compare_pose,
                ),
                rx.flex(
                    _date_select("photos.before", PhotosState.before_id, PhotosState.set_before),
                    _date_select("photos.after", PhotosState.after_id, PhotosState.set_after),
                    gap="3",
                    direction={"initial": "column", "xs": "row"},
                    width="100%",
                ),
                error_callout(PhotosState.compare_error),
                rx.cond(PhotosState.before & PhotosState.after, _comparison(), rx.fragment()),
                spacing="3",
                width="100%",
            ),
        ),
    )


@page(route=PHOTOS, title_key="nav.photos", on_load=PhotosState.load)
def photos_page() -> rx.Component:
    return rx.vstack(
        rx.heading(t("nav.photos"), size="7", as_="h1"),
        _upload_form(),
        _gallery(),
        _compare(),
        _delete_dialog(),
        _edit_dialog(),
        _viewer(),
        spacing="5",
        width="100%",
        max_width="56rem",
    )

"""Progress photos on SQLite and PostgreSQL: files on disk with their row,
the gallery scoped to its owner, foreign ids refused like unknown ones,
nothing left behind by a refused upload, before/after of one pose only."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlmodel import select

from mitai_app.core import access
from mitai_app.core.access_rules import AccessDecision
from mitai_app.core.errors import UserError
from mitai_app.core.models import AppSetting, UserFeatureUsage
from mitai_app.photos import service as photos
from mitai_app.photos.models import Photo
from tests.factories import new_profile
from tests.fixtures.images import image_bytes, jpeg_with_exif

TODAY = date(2026, 3, 29)


@pytest.fixture
def photo_settings(auth_settings, tmp_path):
    auth_settings.usage_log = tmp_path / "usage.log"
    return auth_settings


def _upload(session, owner, *, pose="front", day=TODAY, notes="", data=None):
    return photos.upload_photo(
        session=session,
        profile_id=owner,
        data=data or image_bytes("JPEG", (800, 600)),
        pose=pose,
        day=day,
        notes=notes,
        today=TODAY,
    )


def _files(settings, owner) -> list[str]:
    folder = settings.photo_dir / str(owner)
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def _refused(call, **kwargs) -> tuple[str, str]:
    with pytest.raises(UserError) as raised:
        call(**kwargs)
    return raised.value.field, raised.value.code


def _usage(session, owner) -> int:
    usage = session.exec(
        select(UserFeatureUsage).where(
            UserFeatureUsage.profile_id == owner, UserFeatureUsage.feature_id == "photo_uploads"
        )
    ).first()
    return usage.usage_count if usage else 0


def test_upload_stores_a_clean_photo_and_thumbnail_in_the_profile_folder(session, photo_settings):
    mine = new_profile(session, email="p1@example.com")
    row = _upload(
        session,
        mine,
        pose="side",
        notes="  week 1 ",
        data=jpeg_with_exif((300, 200), orientation=6),
    )
    assert (row.pose, row.date, row.notes, row.width, row.height) == (
        "side",
        TODAY,
        "week 1",
        200,
        300,
    )

    stored = session.get(Photo, uuid.UUID(row.id))
    assert _files(photo_settings, mine) == sorted([stored.filename, stored.thumbnail_filename])
    assert stored.filename.endswith(".jpg") and stored.thumbnail_filename.endswith(".webp")
    served = photos.photo_file(session=session, profile_id=mine, photo_id=row.id)
    assert served.content_type == "image/jpeg"
    with Image.open(served.path) as image:
        assert image.size == (200, 300) and len(image.getexif()) == 0
    thumbnail = photos.photo_file(session=session, profile_id=mine, photo_id=row.id, thumbnail=True)
    assert thumbnail.content_type == "image/webp" and thumbnail.path.exists()
    assert _usage(session, mine) == 1


def test_file_names_are_random(session, photo_settings):
    mine = new_profile(session, email="p2@example.com")
    first, second = _upload(session, mine), _upload(session, mine)
    names = {session.get(Photo, uuid.UUID(row.id)).filename for row in (first, second)}
    assert len(names) == 2
    assert not any(first.id in name or "front" in name for name in names)


def test_refused_upload_leaves_no_row_file_or_usage(session, photo_settings):
    mine = new_profile(session, email="p3@example.com")
    assert _refused(
        photos.upload_photo,
        session=session,
        profile_id=mine,
        data=b"not a photo at all",
        pose="front",
        day=TODAY,
        today=TODAY,
    ) == ("file", "photos.error.file_not_an_image")
    assert _refused(_upload, session=session, owner=mine, day=TODAY + timedelta(days=1)) == (
        "date",
        "photos.error.date_future",
    )
    assert _refused(_upload, session=session, owner=mine, pose="top") == (
        "pose",
        "photos.error.pose_invalid",
    )
    assert _refused(_upload, session=session, owner=mine, notes="x" * 1001) == (
        "notes",
        "error.too_long_named",
    )
    assert photos.list_photos(session=session, profile_id=mine) == []
    assert _files(photo_settings, mine) == []
    assert _usage(session, mine) == 0


def test_the_upload_limit_follows_the_app_setting(session, photo_settings):
    mine = new_profile(session, email="p4@example.com")
    session.merge(AppSetting(key="max_photo_upload_mb", value="1"))
    session.commit()
    assert photos.upload_limit_bytes(session=session) == 1024 * 1024
    big = image_bytes("PNG", (1500, 1500), mode="RGB", color=0, compress_level=0)
    assert len(big) > 1024 * 1024
    assert _refused(_upload, session=session, owner=mine, data=big) == (
        "file",
        "photos.error.file_too_big",
    )


def test_a_refused_plan_keeps_nothing(session, photo_settings, monkeypatch):
    mine = new_profile(session, email="p5@example.com")
    decision = AccessDecision(
        feature_id="photo_uploads",
        allowed=False,
        limit=10,
        used=10,
        remaining=0,
        reason="limit_reached",
    )

    def refuse(**_kwargs):
        raise access.FeatureRefused(decision)

    monkeypatch.setattr(photos.access, "consume", refuse)
    with pytest.raises(access.FeatureRefused):
        _upload(session, mine)
    assert photos.list_photos(session=session, profile_id=mine) == []
    assert _files(photo_settings, mine) == []


def test_gallery_is_newest_first_filtered_by_pose_and_only_mine(session, photo_settings):
    mine, theirs = (
        new_profile(session, email="p6@example.com"),
        new_profile(session, email="p7@example.com"),
    )
    old = _upload(session, mine, day=TODAY - timedelta(days=30))
    new = _upload(session, mine, day=TODAY)
    back = _upload(session, mine, pose="back", day=TODAY - timedelta(days=3))
    _upload(session, theirs)

    assert [row.id for row in photos.list_photos(session=session, profile_id=mine)] == [
        new.id,
        back.id,
        old.id,
    ]
    front = photos.list_photos(session=session, profile_id=mine, pose="front")
    assert [row.id for row in front] == [new.id, old.id]
    assert len(photos.list_photos(session=session, profile_id=theirs)) == 1


def test_another_profile_cannot_get_update_or_delete_my_photo(session, photo_settings):
    mine, theirs = (
        new_profile(session, email="p8@example.com"),
        new_profile(session, email="p9@example.com"),
    )
    row = _upload(session, mine, notes="mine")
    unknown = str(uuid.uuid4())
    for photo_id in (row.id, unknown, "not-a-uuid"):
        assert _refused(
            photos.photo_file, session=session, profile_id=theirs, photo_id=photo_id
        ) == ("photo", "photos.error.photo_not_found")
        assert _refused(
            photos.update_photo,
            session=session,
            profile_id=theirs,
            photo_id=photo_id,
            pose="back",
            day=TODAY,
            notes="theirs",
            today=TODAY,
        ) == ("photo", "photos.error.photo_not_found")
        assert _refused(
            photos.delete_photo, session=session, profile_id=theirs, photo_id=photo_id
        ) == ("photo", "photos.error.photo_not_found")
    assert photos.list_photos(session=session, profile_id=mine) == [row]
    assert len(_files(photo_settings, mine)) == 2


def test_update_changes_pose_date_and_notes(session, photo_settings):
    mine = new_profile(session, email="p10@example.com")
    row = _upload(session, mine, notes="first")
    updated = photos.update_photo(
        session=session,
        profile_id=mine,
        photo_id=row.id,
        pose="back",
        day=TODAY - timedelta(days=2),
        notes="",
        today=TODAY,
    )
    assert (updated.pose, updated.date, updated.notes) == ("back", TODAY - timedelta(days=2), "")
    assert _refused(
        photos.update_photo,
        session=session,
        profile_id=mine,
        photo_id=row.id,
        pose="back",
        day=TODAY + timedelta(days=1),
        today=TODAY,
    ) == ("date", "photos.error.date_future")
    assert photos.list_photos(session=session, profile_id=mine) == [updated]


def test_delete_removes_row_photo_and_thumbnail(session, photo_settings):
    mine = new_profile(session, email="p11@example.com")
    kept, gone = _upload(session, mine), _upload(session, mine)
    photos.delete_photo(session=session, profile_id=mine, photo_id=gone.id)
    assert photos.list_photos(session=session, profile_id=mine) == [kept]
    stored = session.get(Photo, uuid.UUID(kept.id))
    assert _files(photo_settings, mine) == sorted([stored.filename, stored.thumbnail_filename])
    assert _refused(photos.photo_file, session=session, profile_id=mine, photo_id=gone.id) == (
        "photo",
        "photos.error.photo_not_found",
    )


def test_before_after_pairs_one_pose_older_first(session, photo_settings):
    mine, theirs = (
        new_profile(session, email="p12@example.com"),
        new_profile(session, email="p13@example.com"),
    )
    march = _upload(session, mine, day=TODAY)
    january = _upload(session, mine, day=TODAY - timedelta(days=60))
    side = _upload(session, mine, pose="side", day=TODAY - timedelta(days=30))
    foreign = _upload(session, theirs, day=TODAY - timedelta(days=90))

    before, after = photos.before_after(
        session=session, profile_id=mine, before_id=march.id, after_id=january.id
    )
    assert (before.id, after.id) == (january.id, march.id)
    assert _refused(
        photos.before_after,
        session=session,
        profile_id=mine,
        before_id=january.id,
        after_id=side.id,
    ) == ("pose", "photos.error.pose_different")
    assert _refused(
        photos.before_after,
        session=session,
        profile_id=mine,
        before_id=foreign.id,
        after_id=march.id,
    ) == ("photo", "photos.error.photo_not_found")
    assert _refused(
        photos.before_after, session=session, profile_id=mine, before_id=march.id, after_id=march.id
    ) == ("photo", "photos.error.photo_same")


def test_account_deletion_removes_the_photo_folder(session, photo_settings):
    from mitai_app.accounts import service as auth
    from tests.factories import PASSWORD, register_verified

    mine = register_verified(session, "p14@example.com")
    _upload(session, mine)
    assert len(_files(photo_settings, mine)) == 2
    auth.delete_account(session=session, client_ip="192.0.2.1", profile_id=mine, password=PASSWORD)
    assert not (photo_settings.photo_dir / str(mine)).exists()


def test_the_page_gets_the_gallery_and_the_announced_limit(session, photo_settings):
    mine = new_profile(session, email="p15@example.com")
    row = _upload(session, mine)
    shown = photos.photo_page(session=session, profile_id=mine)
    assert shown.photos == [row]
    assert shown.upload_limit_mb == 10  # the seeded app setting


def test_no_transaction_is_open_while_the_photo_is_decoded(session, photo_settings, monkeypatch):
    """Decoding a big photo takes seconds; on SQLite an open transaction
    would keep every other writer waiting that long."""
    mine = new_profile(session, email="p1@example.com")
    decode = photos.process_photo
    seen: list[bool] = []

    def decoding(data, *, max_bytes):
        seen.append(session.in_transaction())
        return decode(data, max_bytes=max_bytes)

    monkeypatch.setattr(photos, "process_photo", decoding)
    _upload(session, mine)
    assert seen == [False]


def test_an_eleventh_upload_in_a_minute_is_refused(session, photo_settings):
    mine = new_profile(session, email="p1@example.com")
    other = new_profile(session, email="p2@example.com")
    session.merge(AppSetting(key="max_photo_upload_mb", value="10"))
    session.commit()
    for _ in range(photos.UPLOADS_PER_MINUTE):
        assert photos.begin_upload(session=session, profile_id=mine) == 10 * 1024 * 1024
    with pytest.raises(UserError) as refused:
        photos.begin_upload(session=session, profile_id=mine)
    assert refused.value.code == "error.rate_limited"
    assert 0 < refused.value.values["seconds"] <= 60
    # Someone else's uploads are not counted with mine.
    assert photos.begin_upload(session=session, profile_id=other) == 10 * 1024 * 1024


def test_a_photo_before_the_birth_date_or_1900_is_refused(session, photo_settings):
    born = date(1990, 6, 1)
    mine = new_profile(session, email="p-born@example.com", date_of_birth=born)
    theirs = new_profile(session, email="p-unborn@example.com")
    assert _refused(_upload, session=session, owner=mine, day=born - timedelta(days=1)) == (
        "date",
        "log.error.date_before_birth",
    )
    assert _refused(_upload, session=session, owner=theirs, day=date(1899, 12, 31)) == (
        "date",
        "log.error.date_too_early",
    )
    assert photos.list_photos(session=session, profile_id=mine) == []

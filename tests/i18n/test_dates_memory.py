"""A date on a card needs a few words of CLDR's data; the whole locale must not stay behind."""

from __future__ import annotations

import gc

from babel import localedata

from kiosk.i18n import views


def test_no_locale_data_is_kept_after_formatting_dates() -> None:
    views._long_date.cache_clear()
    texts = [views._long_date("2026-01-05", locale) for locale in ("es", "vi", "zh_Hant", "ar")]
    assert texts[0] == "5 de enero de 2026"  # the words were found before the data went
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, localedata.LocaleDataDict)]
    assert alive == []
    assert not localedata._cache

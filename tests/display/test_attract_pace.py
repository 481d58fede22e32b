from kiosk.display.attract_pace import AttractPace


def test_brisk_until_the_quiet_spell_then_slow() -> None:
    pace = AttractPace(cycle_s=3, quiet_after_s=600, quiet_cycle_s=30)
    assert pace.interval_ms(0) == 3000
    assert pace.interval_ms(199) == 3000  # 597 s shown
    assert pace.interval_ms(200) == 30000  # 600 s shown: nobody has come by for ten minutes


def test_zero_never_slows() -> None:
    pace = AttractPace(cycle_s=3, quiet_after_s=0, quiet_cycle_s=30)
    assert pace.interval_ms(10_000) == 3000


def test_a_quiet_cycle_shorter_than_the_cycle_never_speeds_it_up() -> None:
    assert AttractPace(cycle_s=5, quiet_after_s=10, quiet_cycle_s=2).interval_ms(100) == 5000

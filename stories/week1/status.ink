=== week1_status ===
# title Placeholder
-> scene_end

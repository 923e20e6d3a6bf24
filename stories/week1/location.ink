=== week1_location ===
# title Placeholder
-> scene_end

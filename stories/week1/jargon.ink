=== week1_jargon ===
# title Placeholder
-> scene_end

"""The visit calendar: month, week and agenda views of visits done and planned and of norm windows."""

# The activity log, monthly reports and statistics arrive with the reports issue.

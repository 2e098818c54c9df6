//! Drift between an account (AWS API JSON) and what Terraform manages (a plan or a state).

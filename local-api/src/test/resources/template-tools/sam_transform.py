"""The SAM transform that `sam validate` and CloudFormation run, from the pinned aws-sam-translator.

Usage: python3 sam_transform.py <template.yaml> <region>  ->  the transformed template as JSON on stdout.
AWS::LanguageExtensions (the Fn::If in DeletionPolicy) is left for CloudFormation, as SAM leaves it.
Local CodeUri paths become S3 URIs first, as `sam package`/`sam deploy` upload them.
"""
import json
import os
import sys

from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse


class NoManagedPolicies:
    """The template names managed policies by ARN only, so nothing needs looking up in IAM."""

    def load(self):
        return {}


def main():
    path, region = sys.argv[1], sys.argv[2]
    os.environ["AWS_DEFAULT_REGION"] = region
    with open(path, encoding="utf-8") as f:
        template = yaml_parse(f.read())
    for resource in template.get("Resources", {}).values():
        properties = resource.get("Properties") or {}
        if resource.get("Type") == "AWS::Serverless::Function" and isinstance(properties.get("CodeUri"), str):
            properties["CodeUri"] = "s3://sam-artifacts/" + properties["CodeUri"]
    transformed = transform(template, {}, NoManagedPolicies())
    json.dump(transformed, sys.stdout, indent=1, sort_keys=True, default=str)


if __name__ == "__main__":
    main()

import { graphql } from '../../../gql';

export const ReportContentDocument = graphql(`
  mutation ReportContent($input: ReportInput!) {
    reportContent(input: $input) {
      id
      status
    }
  }
`);

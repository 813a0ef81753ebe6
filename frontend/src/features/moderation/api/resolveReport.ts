import { graphql } from '../../../gql';

export const ResolveReportDocument = graphql(`
  mutation ResolveReport($reportId: ID!, $dismiss: Boolean, $note: String) {
    resolveReport(reportId: $reportId, dismiss: $dismiss, note: $note) {
      id
      status
    }
  }
`);

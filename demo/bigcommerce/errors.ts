// BigCommerce's v3 error body: `{ status, title, type, errors? }` (ErrorResponse in every v3 file),
// raised as one typed error and turned into a response in one place (server.ts).

export const ERROR_TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

export interface ErrorBody {
  status: number;
  title: string;
  type: string;
  errors?: Record<string, string>;
}

export class BigCommerceApiError extends Error {
  readonly status: number;
  readonly errors: Record<string, string> | undefined;

  constructor(status: number, title: string, errors?: Record<string, string>) {
    super(title);
    this.status = status;
    this.errors = errors;
  }

  body(): ErrorBody {
    const body: ErrorBody = { status: this.status, title: this.message, type: ERROR_TYPE };
    if (this.errors) body.errors = this.errors;
    return body;
  }
}

export const notFound = (title = 'The requested resource was not found.') =>
  new BigCommerceApiError(404, title);

export const invalid = (status: 400 | 422, title: string, errors: Record<string, string> = {}) =>
  new BigCommerceApiError(status, title, errors);

// Generated from the API's OpenAPI document by `npm run console:api-types`; do not edit.

export interface paths {
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the caller is (by session cookie or API key)
         * @description Roles: any role.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in with email and password: sets the session cookie (HttpOnly, SameSite=Strict)
         * @description No authentication.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["SignInRequest"];
                };
            };
            responses: {
                /** @description Signed in; the answer sets the `session` cookie */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The email or password is wrong (the same answer for both) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Sent from another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed sign-ins for this account or from this address; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Sign out: ends the session and clears its cookie
         * @description Roles: any role.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation with its token and one's own password: the user is created as invited and signed in
         * @description No authentication.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["AcceptInvitationRequest"];
                };
            };
            responses: {
                /** @description The new user, signed in; the answer sets the `session` cookie */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input, or a token that is unknown, expired, revoked or used (`errors` names `token`) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Sent from another origin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A user has this email meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The NPS survey a link answers, while it is open
         * @description No authentication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The signed token of a customer link (never logged) */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The survey */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyLink"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, tampered, expired or used link, or no order with this number and email: one answer for all */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Closed or already answered */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests or failed lookups from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Answer the survey (once per link): the same closed loop as the owner's survey-response, channel self_service
         * @description No authentication.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The signed token of a customer link (never logged) */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["SurveyAnswer"];
                };
            };
            responses: {
                /** @description The answer taken */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyAnswered"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, tampered, expired or used link, or no order with this number and email: one answer for all */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Closed or already answered */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests or failed lookups from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/order-lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find an order by its number and the email on it: its lines, what may be returned, and a link token for the order
         * @description No authentication.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["OrderLookup"];
                };
            };
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerOrder"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, tampered, expired or used link, or no order with this number and email: one answer for all */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests or failed lookups from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/orders/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order an order link names: its lines and what may be returned
         * @description No authentication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The signed token of a customer link (never logged) */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerOrder"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, tampered, expired or used link, or no order with this number and email: one answer for all */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests or failed lookups from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/orders/{token}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return lines of the order: the RMA number, the label reference and the status page at once
         * @description No authentication.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The signed token of a customer link (never logged) */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CustomerReturn"];
                };
            };
            responses: {
                /** @description The return */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerReturnStatus"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, tampered, expired or used link, or no order with this number and email: one answer for all */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests or failed lookups from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/orders/{token}/exception-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for an exception for lines outside the return policy: a case for an agent
         * @description No authentication.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The signed token of a customer link (never logged) */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ExceptionRequest"];
                };
            };
            responses: {
                /** @description The request is with an agent */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExceptionRequested"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, tampered, expired or used link, or no order with this number and email: one answer for all */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests or failed lookups from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/returns/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a return stands, with the date of each step and what the customer gets back
         * @description No authentication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The signed token of a customer link (never logged) */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The return */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerReturnStatus"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, tampered, expired or used link, or no order with this number and email: one answer for all */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests or failed lookups from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/credits/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A credit posted to the customer: kind, amount and where it stands
         * @description No authentication.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The signed token of a customer link (never logged) */
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The credit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerCreditStatus"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unknown, tampered, expired or used link, or no order with this number and email: one answer for all */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests or failed lookups from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cases, newest first
         * @description Roles: agent, supervisor, accounting, accounting_manager, warehouse, sales, ops; lists only the cases the caller may read.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "waiting_on_customer" | "resolved" | "closed";
                    customerId?: string;
                    /** @description `me` or a user id: the cases that user owns (a supervisor reassigns an absent owner's open cases) */
                    owner?: "me" | string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of cases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a case and start its workflow
         * @description Roles: agent, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["OpenCaseRequest"];
                };
            };
            responses: {
                /** @description The opened case */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case: live status, current step, timeline and what the caller may do next
         * @description Roles: agent, supervisor, accounting, accounting_manager, warehouse, sales, ops; only a case the caller may read (else 404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such case */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a case
         * @description Roles: agent, supervisor; only a case the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CloseCaseRequest"];
                };
            };
            responses: {
                /** @description The closed case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such case */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The case is already closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the case to another owner: by its owner or a supervisor, to an active agent or supervisor; recorded on the timeline
         * @description Roles: agent, supervisor; only a case the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["TransferCaseRequest"];
                };
            };
            responses: {
                /** @description The case with its new owner */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such case */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The case is closed, or the user already owns it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Promise the customer a callback: its owner is reminded before it is due, a supervisor told when it is missed; replaces a promise still open
         * @description Roles: agent, supervisor; only a case the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PromiseCallbackRequest"];
                };
            };
            responses: {
                /** @description The case with the new callback */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such case */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The case is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/callbacks/{n}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a call back: `reached` keeps the promise; a message left or no answer is recorded and leaves it open
         * @description Roles: agent, supervisor; only a case the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    n: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CompleteCallbackRequest"];
                };
            };
            responses: {
                /** @description The case with the callback */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such case or callback */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The case is closed, or the callback already ended */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's history: every case, credit, return, escalation and handoff, newest first, and their contacts in the last 90 days
         * @description Roles: agent, supervisor, ops.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The customer's history (empty for a customer not seen before) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerHistory"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Credits; with status=pending_approval, the approval queue of the caller (only what they may decide)
         * @description Roles: agent, supervisor, accounting, accounting_manager, ops; lists only the credits the caller may read.
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending_approval" | "approved" | "posted" | "rejected" | "expired" | "recalled";
                    customerId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Credits, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Request a credit: approved at once within the requester's authority, else queued for approval
         * @description Roles: agent, supervisor, accounting, accounting_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RequestCredit"];
                };
            };
            responses: {
                /** @description The credit: posted, or pending approval */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credit"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The case is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A credit with its approvals, current step and due time
         * @description Roles: agent, supervisor, accounting, accounting_manager, ops; only a credit the caller may read (else 404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The credit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credit"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such credit */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending credit (never your own; two people above the dual-control threshold)
         * @description Roles: agent, supervisor, accounting, accounting_manager; only a credit the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ApproveCredit"];
                };
            };
            responses: {
                /** @description The credit after the decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credit"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Segregation of duties or authority: the caller may not decide this credit */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such credit */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credit is not waiting for a decision */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending credit, with a reason
         * @description Roles: agent, supervisor, accounting, accounting_manager; only a credit the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RejectCredit"];
                };
            };
            responses: {
                /** @description The credit after the decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credit"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Segregation of duties or authority: the caller may not decide this credit */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such credit */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credit is not waiting for a decision */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/credits/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recall your own pending credit
         * @description Roles: agent, supervisor, accounting, accounting_manager; only a credit the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The recalled credit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credit"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Only the requester may recall */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such credit */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The credit is not pending */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's posted credits and store-credit balances
         * @description Roles: accounting, accounting_manager, ops.
         */
        get: {
            parameters: {
                query: {
                    customerId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ledger */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ledger"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delegations newest first: those you gave or received (an admin: all)
         * @description Roles: supervisor, accounting, accounting_manager, admin.
         */
        get: {
            parameters: {
                query?: {
                    status?: "scheduled" | "active" | "expired" | "ended";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The delegations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DelegationList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Delegate your approval authority to another approver (supervisor, accounting, accounting_manager) for at most 30 days (out of office); never for one's own requests
         * @description Roles: supervisor, accounting, accounting_manager.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CreateDelegation"];
                };
            };
            responses: {
                /** @description The delegation */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Delegation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/delegations/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a delegation at once (its delegator or an admin)
         * @description Roles: supervisor, accounting, accounting_manager, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ended delegation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Delegation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Neither the delegator nor an admin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such delegation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already ended or expired */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SLA per process and step: durations, breaches of the steps started in the window, and the work at risk or breached now
         * @description Roles: ops, admin.
         */
        get: {
            parameters: {
                query?: {
                    process?: "case" | "credit" | "escalation" | "return" | "handoff";
                    step?: "work" | "policy_check" | "approval" | "post" | "acknowledge" | "resolve" | "eligibility" | "authorise" | "await_item" | "inspect" | "assign" | "welcome" | "commitment" | "check_in" | "survey";
                    /** @description Inclusive; default: 30 days before `to` */
                    from?: string;
                    /** @description Exclusive; default: now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The SLA report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SlaReport"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recurring issues: escalations raised in the window by category, with the customers they touched
         * @description Roles: ops, admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Inclusive; default: 30 days before `to` */
                    from?: string;
                    /** @description Exclusive; default: now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The issues report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuesReport"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Passed around: first-contact resolution, transfers per case, callbacks kept, late and missed per owner, and repeat contacts
         * @description Roles: ops, admin, supervisor.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Inclusive; default: 30 days before `to` */
                    from?: string;
                    /** @description Exclusive; default: now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The resolution report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResolutionReport"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/open-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open steps at risk or breached now, the earliest due first, each with its case and workflow
         * @description Roles: ops, admin.
         */
        get: {
            parameters: {
                query?: {
                    process?: "case" | "credit" | "escalation" | "return" | "handoff";
                    /** @description Default: both */
                    state?: "at_risk" | "breached";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The work to chase */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenWork"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Escalations, oldest first; a tier's queue with ?tier=L1&status=open
         * @description Roles: agent, supervisor, ops; lists only the escalations the caller may read.
         */
        get: {
            parameters: {
                query?: {
                    tier?: "L1" | "L2" | "L3" | "manager";
                    status?: "open" | "acknowledged" | "waiting_on_customer" | "resolved" | "closed";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Escalations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EscalationList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Raise an escalation on a case: it enters tier L1's queue with acknowledgement and resolution clocks
         * @description Roles: agent, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RaiseEscalation"];
                };
            };
            responses: {
                /** @description The escalation */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The case is closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An escalation: tier, status, assignee, due times, breaches and history
         * @description Roles: agent, supervisor, ops; only a escalation the caller may read (else 404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The escalation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An escalation's notes, newest first, cursor pagination (the escalation itself carries the last 20)
         * @description Roles: agent, supervisor, ops; only a escalation the caller may read (else 404).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of notes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EscalationNotePage"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a note
         * @description Roles: agent, supervisor; only a escalation the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["EscalationNote"];
                };
            };
            responses: {
                /** @description The escalation after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the escalation is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge: take the escalation from the tier's queue (tiers: L1 agent/supervisor, L2 agent/supervisor, L3 agent/supervisor, manager supervisor)
         * @description Roles: agent, supervisor; only a escalation the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The escalation after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the escalation is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign to another user who works the tier (the assignee or a supervisor)
         * @description Roles: agent, supervisor; only a escalation the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ReassignEscalation"];
                };
            };
            responses: {
                /** @description The escalation after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the escalation is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalate to the next tier by hand; its acknowledgement clock starts again
         * @description Roles: agent, supervisor; only a escalation the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["EscalateEscalation"];
                };
            };
            responses: {
                /** @description The escalation after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the escalation is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/wait-on-customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wait on the customer: the resolution clock stops
         * @description Roles: agent, supervisor; only a escalation the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The escalation after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the escalation is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/customer-replied": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer replied: the resolution clock runs again
         * @description Roles: agent, supervisor; only a escalation the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The escalation after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the escalation is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve with a resolution code (the assignee or a supervisor); closes by itself if the customer does not confirm
         * @description Roles: agent, supervisor; only a escalation the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ResolveEscalation"];
                };
            };
            responses: {
                /** @description The escalation after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the escalation is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/escalations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the customer's confirmation: the escalation closes
         * @description Roles: agent, supervisor; only a escalation the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description The escalation after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escalation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such escalation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the escalation is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Handoffs, newest first: an owner's book (`owner=me`), a customer's, or by status
         * @description Roles: agent, supervisor, sales, ops; lists only the handoffs the caller may read.
         */
        get: {
            parameters: {
                query?: {
                    /** @description An owner's user id, or `me` for the caller's own */
                    owner?: "me" | string;
                    status?: "welcome_pending" | "following_up" | "completed";
                    customerId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The handoffs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HandoffList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Hand a closed deal to service: a case, an owner by tier and load, the welcome contact clock and every commitment tracked
         * @description Roles: sales.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["HandOver"];
                };
            };
            responses: {
                /** @description The deal was handed over before: its handoff, unchanged (no second case) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Handoff"];
                    };
                };
                /** @description The new handoff */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Handoff"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The deal was handed over for another customer, or no agent can own it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A handoff: owner, commitments with status, check-ins, survey result and open clocks
         * @description Roles: agent, supervisor, sales, ops; only a handoff the caller may read (else 404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The handoff */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Handoff"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such handoff (or commitment) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A handoff's contacts, newest first, cursor pagination (the handoff itself carries the last 20)
         * @description Roles: agent, supervisor, sales, ops; only a handoff the caller may read (else 404).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of contacts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HandoffContactPage"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such handoff (or commitment) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a welcome or check-in contact (the owner or a supervisor); `reached` completes the contact
         * @description Roles: agent, supervisor; only a handoff the caller may read (else 404); of the agents, only the handoff's owner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["HandoffContact"];
                };
            };
            responses: {
                /** @description The handoff after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Handoff"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not the owner or a supervisor (waivers: a supervisor) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such handoff (or commitment) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: nothing of this kind is due, it is already done, or the handoff is completed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/commitments/{n}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a commitment fulfilled (the owner or a supervisor)
         * @description Roles: agent, supervisor; only a handoff the caller may read (else 404); of the agents, only the handoff's owner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description The commitment, 1-based in the order sales listed them */
                    n: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["FulfilCommitment"];
                };
            };
            responses: {
                /** @description The handoff after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Handoff"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not the owner or a supervisor (waivers: a supervisor) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such handoff (or commitment) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: nothing of this kind is due, it is already done, or the handoff is completed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/commitments/{n}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Waive a commitment with a reason (a supervisor)
         * @description Roles: supervisor; only a handoff the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description The commitment, 1-based in the order sales listed them */
                    n: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["WaiveCommitment"];
                };
            };
            responses: {
                /** @description The handoff after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Handoff"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not the owner or a supervisor (waivers: a supervisor) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such handoff (or commitment) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: nothing of this kind is due, it is already done, or the handoff is completed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/survey-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer's NPS answer while the survey is open: a detractor opens a recovery escalation
         * @description Roles: agent, supervisor; only a handoff the caller may read (else 404); of the agents, only the handoff's owner.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            responses: {
                /** @description The handoff after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Handoff"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not the owner or a supervisor (waivers: a supervisor) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such handoff (or commitment) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The survey is not sent yet, already answered or closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/nps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Net promoter score of the survey answers given in a window: promoters, passives, detractors
         * @description Roles: ops, admin, supervisor, sales.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Inclusive; default: 30 days before `to` */
                    from?: string;
                    /** @description Exclusive; default: now */
                    to?: string;
                    tier?: "standard" | "priority" | "strategic";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NpsReport"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current version of a policy
         * @description Roles: any role.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: "calendar" | "credits" | "returns" | "escalations" | "handoff" | "cases";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyVersion"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Create a new version of a policy; running workflows keep the version they started with. A change that widens money authority waits for a second admin
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: "calendar" | "credits" | "returns" | "escalations" | "handoff" | "cases";
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description The new version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyVersion"];
                    };
                };
                /** @description The change widens money authority (a higher authority limit, dual-control threshold or goodwill cap, a shorter goodwill window, another currency): nothing changes until another admin approves it at POST /v1/policy-changes/{id}/approve */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyChange"];
                    };
                };
                /** @description The document is not valid for this policy; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Policy changes that widen money authority, newest first: with status=pending, what waits for a second admin
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "rejected";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The changes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyChangeList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A policy change and its decision
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyChange"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such policy change */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-changes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a change another admin proposed: it becomes the current version of its policy
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The approved change, with the version it made */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyChange"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description You proposed it: a second admin must approve */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such policy change */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already decided, or the policy changed since it was proposed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy-changes/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending change, with a reason (its proposer may withdraw it so)
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RejectPolicyChange"];
                };
            };
            responses: {
                /** @description The rejected change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyChange"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such policy change */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already decided */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process catalog: steps, their owners and SLA targets, and the actions on each process
         * @description Roles: any role.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalog */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProcessCatalog"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an order (from the order management system): what returns are checked against
         * @description Roles: sales.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CreateOrder"];
                };
            };
            responses: {
                /** @description The order */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The order id is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An order and its lines
         * @description Roles: agent, supervisor, accounting, accounting_manager, sales; only a order the caller may read (else 404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such order */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns, oldest first: the warehouse's queue (`status=awaiting_item` or `inspecting`), an order's or a customer's
         * @description Roles: agent, supervisor, accounting, accounting_manager, warehouse, ops; lists only the returns the caller may read.
         */
        get: {
            parameters: {
                query?: {
                    status?: "ineligible" | "awaiting_item" | "inspecting" | "resolving" | "completed" | "expired" | "cancelled";
                    orderId?: string;
                    customerId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The returns */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReturnList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a return: the answer carries the eligibility of each line and, when any is eligible, the RMA number
         * @description Roles: agent, supervisor.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["StartReturn"];
                };
            };
            responses: {
                /** @description The return */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Return"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A return: status, current step and due time, amounts, and the credit it started
         * @description Roles: agent, supervisor, accounting, accounting_manager, warehouse, ops; only a return the caller may read (else 404).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The return */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Return"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such return */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/returns/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the items the warehouse received (no more than authorised)
         * @description Roles: warehouse; only a return the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ReturnReceipt"];
                };
            };
            responses: {
                /** @description The return after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Return"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such return */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the return is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/returns/{id}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grade each received line: as_new, opened, damaged_by_customer or defective_confirmed
         * @description Roles: warehouse; only a return the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ReturnInspection"];
                };
            };
            responses: {
                /** @description The return after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Return"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such return */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the return is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/returns/{id}/exception": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Let lines refused for the return window or final sale through (supervisor)
         * @description Roles: supervisor; only a return the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ReturnException"];
                };
            };
            responses: {
                /** @description The return after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Return"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such return */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the return is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/returns/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a return before the item is received
         * @description Roles: agent, supervisor; only a return the caller may read (else 404).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CancelReturn"];
                };
            };
            responses: {
                /** @description The return after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Return"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such return */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Out of order: the return is not in a state that allows this */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users by name, with their keys (prefixes only)
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: {
                    role?: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The users */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a user, without a key or a password (people join by invitation and make their own keys)
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CreateUserRequest"];
                };
            };
            responses: {
                /** @description The new user */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user with their keys (prefixes only)
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user (or key) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke anyone's API key at once
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revoked key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user (or key) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key is already revoked */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user: every key stops working; their work stays attributed to them
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The deactivated user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user (or key) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Already deactivated, or the caller themselves */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a user's role (not your own); it takes effect on their next request
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ChangeRoleRequest"];
                };
            };
            responses: {
                /** @description The user with the role */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such user (or key) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller themselves, or the role changed meanwhile */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's API keys (prefixes only)
         * @description Roles: any role.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The keys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKeyList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Make an API key for yourself; the answer is the only time the key is shown
         * @description Roles: any role.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CreateApiKeyRequest"];
                };
            };
            responses: {
                /** @description The new key */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IssuedApiKey"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke one of your API keys at once
         * @description Roles: any role.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revoked key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description You have no such key */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key is already revoked */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending invitations and those of the last 30 days, newest first (never a token)
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The invitations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a person by name, email and role: the answer holds the one-time link (shown this once) that expires
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CreateInvitationRequest"];
                };
            };
            responses: {
                /** @description The invitation and its link */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedInvitation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A user or a pending invitation already has this email */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a pending invitation: its link stops working
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revoked invitation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such invitation */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The invitation is not pending */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of administrative acts (people, roles, keys, policies, delegations), newest first
         * @description Roles: admin, ops.
         */
        get: {
            parameters: {
                query?: {
                    action?: "user.created" | "user.role_changed" | "user.deactivated" | "api_key.issued" | "api_key.revoked" | "policy.changed" | "policy.change_proposed" | "policy.change_rejected" | "delegation.created" | "delegation.ended" | "invitation.created" | "invitation.revoked" | "invitation.accepted";
                    actorId?: string;
                    targetType?: "user" | "policy" | "delegation" | "invitation";
                    /** @description A user or delegation id, or a policy name */
                    targetId?: string;
                    /** @description Inclusive */
                    from?: string;
                    /** @description Exclusive */
                    to?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Audit events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEventList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The notifications outbox newest first: what was sent, what is waiting for the mail server, what failed
         * @description Roles: ops, admin.
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "sent" | "undeliverable" | "failed";
                    /** @description Exactly as the process addressed it: an email address, `customer:<id>`, `user:<id>`, `role:<role>`, `queue:escalations-<tier>` */
                    recipient?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Notifications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed notification again: it is pending at once, with the policy's attempts again
         * @description Roles: ops, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The notification, pending */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notification"];
                    };
                };
                /** @description Invalid input; `errors` names each field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or unknown API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The caller may not do this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such notification */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not failed: pending, sent or undeliverable */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Who the caller is */
        Session: {
            user: components["schemas"]["SessionUser"];
        };
        SessionUser: {
            id: string;
            name: string;
            email: string | null;
            /** @enum {string} */
            role: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            errors?: {
                /** @enum {string} */
                in: "body" | "query" | "path" | "header";
                field: string;
                message: string;
            }[];
        };
        SignInRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        AcceptInvitationRequest: {
            /** @description From the `#token=` of the invitation link */
            token: string;
            password: string;
        };
        /** @description The survey a link answers, while it is open */
        SurveyLink: {
            customerName: string;
            closesAt: string | null;
        };
        SurveyAnswered: {
            score: number;
            /** @enum {string} */
            category: "promoter" | "passive" | "detractor";
            /** @enum {string} */
            channel: "self_service";
        };
        SurveyAnswer: {
            score: number;
            comment?: string;
        };
        CustomerOrder: {
            orderId: string;
            deliveredAt: string;
            /** @description The link token for this order: what the other order routes take */
            token: string;
            lines: {
                sku: string;
                name: string;
                /** @description Bought */
                qty: number;
                /** @description What may still come back: bought less what other returns hold */
                returnableQty: number;
                unitPrice: components["schemas"]["Money"];
                eligible: boolean;
                /** @enum {string|null} */
                ineligibleCode: "not_customers_order" | "not_on_order" | "quantity_exceeds_purchase" | "outside_return_window" | "final_sale" | null;
                /** @description Outside the policy (window, final sale): the customer may ask for an exception */
                exceptionPossible: boolean;
            }[];
            /** @description The outcomes the policy allows for this order */
            resolutions: ("refund" | "store_credit" | "exchange" | "repair")[];
            reasons: ("damaged" | "defective" | "wrong_item" | "not_as_described" | "changed_mind" | "other")[];
        };
        /** @description An amount in integer minor units (1 to 100000000) with its ISO-4217 currency */
        Money: {
            minor: number;
            currency: string;
        };
        /** @description The order number and the email on the order */
        OrderLookup: {
            orderId: string;
            /** Format: email */
            email: string;
        };
        CustomerReturnStatus: {
            rmaNumber: string | null;
            /** @description The return label's tracking number */
            labelReference: string | null;
            /** @enum {string} */
            status: "ineligible" | "awaiting_item" | "received" | "inspected" | "refunded" | "credited" | "refused" | "completed" | "expired" | "cancelled";
            /** @enum {string} */
            resolution: "refund" | "store_credit" | "exchange" | "repair";
            /** @description requested, authorised, received, inspected, resolved: each with its date once reached */
            steps: {
                step: string;
                at: string | null;
            }[];
            lines: {
                sku: string;
                name: string | null;
                qty: number;
                eligible: boolean;
                /** @enum {string|null} */
                ineligibleCode: "not_customers_order" | "not_on_order" | "quantity_exceeds_purchase" | "outside_return_window" | "final_sale" | null;
                /** @description Inspected and refused: damaged by the customer */
                refused: boolean;
            }[];
            amount: components["schemas"]["Money"] | null;
            creditStatus: string | null;
            /** @description The status page of this return (given when the return starts) */
            statusUrl: string | null;
        };
        CustomerReturn: {
            lines: {
                sku: string;
                qty: number;
                /** @enum {string} */
                reason: "damaged" | "defective" | "wrong_item" | "not_as_described" | "changed_mind" | "other";
                /** @enum {string} */
                condition: "unopened" | "opened" | "damaged";
            }[];
            /** @enum {string} */
            resolution: "refund" | "store_credit" | "exchange";
        };
        ExceptionRequested: {
            /** @description The case an agent works the request on: the customer's reference */
            reference: string;
        };
        ExceptionRequest: {
            lines: {
                sku: string;
                qty: number;
            }[];
            /** @enum {string} */
            reason: "damaged" | "defective" | "wrong_item" | "not_as_described" | "changed_mind" | "other";
            note?: string;
        };
        CustomerCreditStatus: {
            /** @enum {string} */
            kind: "refund" | "store_credit" | "goodwill";
            amount: components["schemas"]["Money"];
            status: string;
            requestedAt: string;
            postedAt: string | null;
        };
        Case: components["schemas"]["CaseSummary"] & {
            openedBy: components["schemas"]["Actor"];
            /** @description How many times ownership moved */
            transfers: number;
            /** @description Every callback promised on the case, oldest first */
            callbacks: components["schemas"]["Callback"][];
            resolution: string | null;
            currentStep: components["schemas"]["CaseStep"];
            nextActions: components["schemas"]["NextAction"][];
            processes: components["schemas"]["LinkedProcess"][];
            timeline: components["schemas"]["TimelineEvent"][];
        };
        Actor: {
            id: string;
            name: string;
            role: string;
        };
        Callback: {
            number: number;
            dueAt: string;
            /** @description Open callbacks: seconds until due, negative once overdue; null once ended */
            dueInSeconds: number | null;
            note: string;
            /** @enum {string} */
            status: "open" | "kept" | "replaced" | "cancelled";
            owner: {
                id: string;
                name: string;
            };
            promisedAt: string;
            endedAt: string | null;
            remindedAt: string | null;
            missedAt: string | null;
        };
        CaseStep: {
            name: string;
            title: string;
            ownerRole: string;
            startedAt: string;
            dueAt: string | null;
        } | null;
        NextAction: {
            action: string;
            title: string;
            /** @enum {string} */
            method: "POST";
            href: string;
        };
        LinkedProcess: {
            process: string;
            /** Format: uuid */
            id: string;
            status: string;
            workflowId: string;
            currentStep: {
                name: string;
                ownerRole: string;
                dueAt: string | null;
            } | null;
            nextActions: components["schemas"]["NextAction"][];
            /** @description Every step of the process so far, with its timing (the SLA records) */
            steps: {
                name: string;
                ownerRole: string;
                startedAt: string;
                dueAt: string | null;
                completedAt: string | null;
                /** @description Business time the step took, pauses excluded */
                durationMs: number | null;
                warnedAt: string | null;
                breachedAt: string | null;
            }[];
        };
        TimelineEvent: {
            type: string;
            at: string;
            actorId: string | null;
            /** @description Who acted: a person's name, `Customer (self-service)` when the customer acted through a link; null when the process acted on its own */
            by: string | null;
            data: {
                [key: string]: unknown;
            };
        };
        CaseSummary: {
            /** Format: uuid */
            id: string;
            customerId: string;
            subject: string;
            channel: string;
            /** @enum {string} */
            status: "open" | "waiting_on_customer" | "resolved" | "closed";
            openedAt: string;
            closedAt: string | null;
            workflowId: string;
            category: string | null;
            owner: {
                id: string;
                name: string;
            };
        };
        OpenCaseRequest: {
            customerId: string;
            subject: string;
            /**
             * @default phone
             * @enum {string}
             */
            channel: "phone" | "email" | "chat" | "in_person" | "web";
            /** @description What the customer called about: repeat contacts are cases of one customer on one category */
            category?: string;
        };
        CaseList: {
            items: components["schemas"]["CaseSummary"][];
            nextCursor: string | null;
        };
        CloseCaseRequest: {
            resolution?: string;
        };
        TransferCaseRequest: {
            /**
             * Format: uuid
             * @description An active agent or supervisor
             */
            toUserId: string;
            reason: string;
        };
        PromiseCallbackRequest: {
            /**
             * Format: date-time
             * @description When the customer was promised the call: in the future, within working hours of the calendar policy
             */
            dueAt: string;
            note: string;
        };
        CompleteCallbackRequest: {
            /**
             * @description Only `reached` keeps the promise; the others are recorded and leave it open
             * @enum {string}
             */
            outcome: "reached" | "left_message" | "no_answer";
            note?: string;
        };
        CustomerHistory: {
            customerId: string;
            name: string | null;
            /** @description Cases opened for the customer in the last 90 days */
            contactsLast90Days: number;
            /** @description Newest first; at most 500 entries */
            history: components["schemas"]["CustomerHistoryEntry"][];
        };
        CustomerHistoryEntry: {
            /** @enum {string} */
            kind: "case" | "credit" | "return" | "escalation" | "handoff";
            id: string;
            caseId: string;
            status: string;
            /** @description When it was opened, requested, raised or handed over */
            at: string;
            /** @description A case's subject, a credit's kind and reason, a return's order, an escalation's category, a handoff's deal */
            title: string;
            href: string;
        };
        Credit: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending_approval" | "approved" | "posted" | "rejected" | "expired" | "recalled";
            customerId: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            kind: "refund" | "store_credit" | "goodwill";
            amount: components["schemas"]["Money"];
            reason: string;
            requestedBy: components["schemas"]["Actor"];
            requestedAt: string;
            policyVersion: number | null;
            queueRole: string | null;
            dualControl: boolean;
            escalated: boolean;
            routeReason: string | null;
            approvals: components["schemas"]["CreditApproval"][];
            rejection: {
                by: components["schemas"]["Actor"];
                onBehalfOf: components["schemas"]["Actor"] | null;
                reason: string;
                at: string;
            } | null;
            currentStep: {
                name: string;
                ownerRole: string;
                startedAt: string;
                dueAt: string;
                warnedAt: string | null;
                breachedAt: string | null;
            } | null;
            decidedAt: string | null;
            expiresAt: string | null;
            postedAt: string | null;
            workflowId: string;
            nextActions: components["schemas"]["NextAction"][];
        };
        CreditApproval: {
            approver: components["schemas"]["Actor"];
            onBehalfOf: components["schemas"]["Actor"] | null;
            role: string;
            note: string | null;
            at: string;
        };
        RequestCredit: {
            customerId: string;
            amount: components["schemas"]["Money"];
            /** @enum {string} */
            kind: "refund" | "store_credit" | "goodwill";
            reason: string;
            /** Format: uuid */
            caseId?: string;
        };
        CreditList: {
            items: components["schemas"]["CreditSummary"][];
            nextCursor: string | null;
        };
        CreditSummary: {
            /** Format: uuid */
            id: string;
            status: string;
            customerId: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            kind: "refund" | "store_credit" | "goodwill";
            amount: components["schemas"]["Money"];
            reason: string;
            /** Format: uuid */
            requestedById: string;
            requestedBy: components["schemas"]["Actor"];
            requestedAt: string;
            queueRole: string | null;
            dualControl: boolean;
            approvals: number;
            dueAt: string | null;
            /** Format: uuid */
            onBehalfOf: string | null;
        };
        ApproveCredit: {
            note?: string;
        };
        RejectCredit: {
            reason: string;
        };
        Ledger: {
            customerId: string;
            entries: {
                /** Format: uuid */
                creditId: string;
                /** @enum {string} */
                kind: "refund" | "store_credit" | "goodwill";
                amount: components["schemas"]["Money"];
                postedAt: string;
            }[];
            storeCreditBalances: components["schemas"]["MoneyTotal"][];
        };
        /** @description A sum of amounts in integer minor units with its ISO-4217 currency */
        MoneyTotal: {
            minor: number;
            currency: string;
        };
        Delegation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            delegatorId: string;
            /** Format: uuid */
            delegateId: string;
            from: string;
            to: string;
            /**
             * @description Where it stands today (UTC); only an active one gives authority
             * @enum {string}
             */
            status: "scheduled" | "active" | "expired" | "ended";
            createdAt: string;
            endedAt: string | null;
            /** Format: uuid */
            endedById: string | null;
        };
        CreateDelegation: {
            /**
             * Format: uuid
             * @description An active supervisor, accounting or accounting_manager
             */
            delegateId: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        DelegationList: {
            items: components["schemas"]["Delegation"][];
            nextCursor: string | null;
        };
        /** @description Per process and step, ordered by process then step. Counts and breaches are exact; the percentiles are within 2% of the exact ones */
        SlaReport: {
            from: string;
            to: string;
            rows: components["schemas"]["SlaReportRow"][];
        };
        SlaReportRow: {
            process: string;
            step: string;
            /** @description Step records started in the window */
            count: number;
            completed: number;
            /** @description Business time of the completed records, pauses excluded, as percentile_cont interpolates it, and rounded; null when none completed. Computed from duration histograms with log-spaced buckets kept as the records are written: within 2% of the exact value (before rounding), for any window */
            p50Ms: number | null;
            p90Ms: number | null;
            p95Ms: number | null;
            breached: number;
            /** @description breached / count, 4 decimals; 0 when count is 0 */
            breachRate: number;
            /** @description Open now (whenever started), not breached, inside the warning window */
            atRiskNow: number;
            /** @description Open now (whenever started) and past due or breached */
            breachedNow: number;
        };
        /** @description Escalations raised in the window by category, most frequent first */
        IssuesReport: {
            from: string;
            to: string;
            categories: {
                category: string;
                escalations: number;
                customers: number;
            }[];
        };
        ResolutionReport: {
            from: string;
            to: string;
            /** @description Cases opened in the window */
            cases: number;
            firstContactResolution: components["schemas"]["FirstContactResolution"];
            transfers: components["schemas"]["TransferTally"];
            callbacks: components["schemas"]["CallbackTally"];
            selfService: components["schemas"]["SelfServiceTally"];
            repeatContacts: components["schemas"]["RepeatContacts"];
        };
        FirstContactResolution: {
            /** @description Closed by their opener, never transferred or escalated, within the cases policy's firstContactResolutionWindow of opening (on the calendar) */
            resolved: number;
            /** @description resolved / cases, 4 decimals; 0 when no case */
            share: number;
        };
        TransferTally: {
            /** @description How many cases were transferred how many times, by transfers */
            distribution: {
                transfers: number;
                cases: number;
            }[];
            /** @description Cases transferred three or more times, most first (at most 100) */
            passedAround: {
                caseId: string;
                customerId: string;
                subject: string;
                transfers: number;
                href: string;
            }[];
        };
        /** @description Callbacks due in the window, by their owner */
        CallbackTally: {
            total: {
                /** @description The customer was reached by the due time */
                keptOnTime: number;
                /** @description The customer was reached, after the due time */
                late: number;
                /** @description The due time passed without the customer reached (still open, replaced or cancelled after it) */
                missed: number;
            };
            byOwner: {
                /** @description The customer was reached by the due time */
                keptOnTime: number;
                /** @description The customer was reached, after the due time */
                late: number;
                /** @description The due time passed without the customer reached (still open, replaced or cancelled after it) */
                missed: number;
                owner: {
                    id: string;
                    name: string;
                };
            }[];
        };
        /** @description What customers did themselves through signed links */
        SelfServiceTally: {
            /** @description Cases opened in the window by customers themselves through a signed link (channel `self_service`): their returns and exception requests */
            cases: number;
            returns: {
                /** @description Returns requested in the window, by staff or customers */
                requested: number;
                /** @description Of those, started by the customer on the return page */
                selfService: number;
                /** @description selfService / requested, 4 decimals; 0 when no return */
                share: number;
            };
        };
        RepeatContacts: {
            /** @description Customers with a case in the window that followed another of theirs on the same category within 30 days */
            customers: number;
            /** @description Most cases first (at most 100) */
            items: {
                customerId: string;
                category: string;
                /** @description Their cases on the category opened from 30 days before the window to its end */
                cases: number;
                href: string;
            }[];
        };
        /** @description Open steps at risk or breached now, the earliest due first */
        OpenWork: {
            items: components["schemas"]["OpenWorkItem"][];
        };
        OpenWorkItem: {
            process: string;
            step: string;
            workflowId: string;
            caseId: string | null;
            ownerRole: string;
            assignee: {
                id: string;
                name: string;
            } | null;
            startedAt: string;
            dueAt: string;
            /** @enum {string} */
            state: "at_risk" | "breached";
        };
        Escalation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            customerId: string;
            /** @enum {string} */
            severity: "P1" | "P2" | "P3" | "P4";
            category: string;
            reason: string;
            raisedBy: components["schemas"]["Actor"] | null;
            raisedAt: string;
            /** @enum {string} */
            tier: "L1" | "L2" | "L3" | "manager";
            /** @enum {string} */
            status: "open" | "acknowledged" | "waiting_on_customer" | "resolved" | "closed";
            assignee: components["schemas"]["Actor"] | null;
            ackDueAt: string | null;
            resolveDueAt: string | null;
            ackClock: {
                step: string;
                startedAt: string;
                dueAt: string;
                warnedAt: string | null;
                breachedAt: string | null;
                paused: boolean;
            } | null;
            resolveClock: {
                step: string;
                startedAt: string;
                dueAt: string;
                warnedAt: string | null;
                breachedAt: string | null;
                paused: boolean;
            } | null;
            breaches: {
                /** @enum {string} */
                clock: "ack" | "resolve";
                /** @enum {string} */
                tier: "L1" | "L2" | "L3" | "manager";
                at: string;
            }[];
            /** @description The last 20 notes, oldest first; older ones from `GET /v1/escalations/{id}/notes` */
            notes: components["schemas"]["EscalationNoteEntry"][];
            /** @description How many notes the escalation has */
            notesTotal: number;
            /** @description The last 20 history entries, oldest first */
            history: {
                type: string;
                at: string;
                by: components["schemas"]["Actor"] | null;
                /** @enum {string} */
                tier: "L1" | "L2" | "L3" | "manager";
                detail: string | null;
            }[];
            /** @description How many history entries the escalation has */
            historyTotal: number;
            /** @enum {string|null} */
            resolutionCode: "fixed" | "replaced" | "refunded" | "workaround" | "customer_education" | "no_fault_found" | "duplicate" | "other" | null;
            resolvedAt: string | null;
            closedAt: string | null;
            autoCloseAt: string | null;
            policyVersion: number | null;
            workflowId: string;
            nextActions: components["schemas"]["NextAction"][];
        };
        EscalationNoteEntry: {
            by: components["schemas"]["Actor"];
            text: string;
            at: string;
        };
        RaiseEscalation: {
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            severity: "P1" | "P2" | "P3" | "P4";
            category: string;
            reason: string;
        };
        EscalationList: {
            items: components["schemas"]["EscalationSummary"][];
        };
        EscalationSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            customerId: string;
            severity: string;
            category: string;
            tier: string;
            status: string;
            /** Format: uuid */
            assigneeId: string | null;
            raisedAt: string;
            ackDueAt: string | null;
            resolveDueAt: string | null;
            /** @description The running acknowledgement clock of the current tier */
            ackClock: {
                startedAt: string;
                dueAt: string;
                warnedAt: string | null;
                breachedAt: string | null;
            } | null;
            /** @description The running resolution clock (none while it is paused) */
            resolveClock: {
                startedAt: string;
                dueAt: string;
                warnedAt: string | null;
                breachedAt: string | null;
            } | null;
        };
        /** @description Notes, newest first */
        EscalationNotePage: {
            items: components["schemas"]["EscalationNoteEntry"][];
            nextCursor: string | null;
        };
        EscalationNote: {
            text: string;
        };
        ReassignEscalation: {
            /** Format: uuid */
            assigneeId: string;
        };
        EscalateEscalation: {
            reason: string;
        };
        ResolveEscalation: {
            /** @enum {string} */
            resolutionCode: "fixed" | "replaced" | "refunded" | "workaround" | "customer_education" | "no_fault_found" | "duplicate" | "other";
            note?: string;
        };
        Handoff: {
            /** Format: uuid */
            id: string;
            dealId: string;
            /** Format: uuid */
            caseId: string;
            customer: {
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                tier: "standard" | "priority" | "strategic";
            };
            products: {
                sku: string;
                name: string;
                qty: number;
            }[];
            salesRep: string;
            closedAt: string;
            handedOverBy: components["schemas"]["Actor"];
            handedOverAt: string;
            /** @enum {string} */
            status: "welcome_pending" | "following_up" | "completed";
            owner: components["schemas"]["Actor"] | null;
            policyVersion: number | null;
            welcomedAt: string | null;
            commitments: {
                n: number;
                description: string;
                dueAt: string | null;
                /** @enum {string} */
                status: "open" | "overdue" | "fulfilled" | "waived";
                closedBy: components["schemas"]["Actor"] | null;
                closedAt: string | null;
                note: string | null;
                /** Format: uuid */
                escalationId: string | null;
            }[];
            checkIns: {
                n: number;
                dueFrom: string;
                /** @enum {string} */
                status: "scheduled" | "due" | "done";
                contactedAt: string | null;
                contactedBy: components["schemas"]["Actor"] | null;
            }[];
            /** @description The first check-in not done yet */
            nextCheckIn: {
                n: number;
                dueFrom: string;
                /** @enum {string} */
                status: "scheduled" | "due" | "done";
                contactedAt: string | null;
                contactedBy: components["schemas"]["Actor"] | null;
            } | null;
            survey: {
                /** @enum {string} */
                status: "scheduled" | "sent" | "answered" | "no_response";
                sendAt: string;
                sentAt: string | null;
                closesAt: string | null;
                score: number | null;
                /** @enum {string|null} */
                category: "promoter" | "passive" | "detractor" | null;
                comment: string | null;
                answeredAt: string | null;
                /** @enum {string|null} */
                followUp: "recovery_escalation" | "owner_follow_up" | "referral_request" | null;
                /** Format: uuid */
                escalationId: string | null;
                /** @description Who gave the answer: `Customer (self-service)` through the link, else the person who took it down; null while unanswered */
                answeredBy: {
                    id: string;
                    name: string;
                } | null;
                /**
                 * @description `self_service`: the customer answered through the survey's link; `staff`: the owner or a supervisor recorded it (survey-response)
                 * @enum {string|null}
                 */
                channel: "self_service" | "staff" | null;
            } | null;
            /** @description The last 20 contacts, oldest first; older ones from `GET /v1/handoffs/{id}/contacts` */
            contacts: components["schemas"]["HandoffContactRecord"][];
            /** @description How many contacts the handoff has */
            contactsTotal: number;
            escalations: {
                /** @enum {string} */
                reason: "welcome_missed" | "commitment_overdue" | "detractor";
                /** Format: uuid */
                escalationId: string;
                commitment: number | null;
                at: string;
            }[];
            openClocks: components["schemas"]["HandoffClock"][];
            completedAt: string | null;
            /** @description How many times the workflow continued as new to keep its history short */
            continuedRuns: number;
            workflowId: string;
            nextActions: components["schemas"]["NextAction"][];
        };
        HandoffContactRecord: {
            /** @enum {string} */
            kind: "welcome" | "check_in";
            /** @enum {string} */
            outcome: "reached" | "left_message" | "no_answer";
            note: string | null;
            by: components["schemas"]["Actor"];
            at: string;
            checkIn: number | null;
        };
        HandoffClock: {
            step: string;
            sequence: number;
            ownerRole: string;
            startedAt: string;
            dueAt: string;
            warnedAt: string | null;
            breachedAt: string | null;
            paused: boolean;
        };
        HandOver: {
            dealId: string;
            customer: {
                id: string;
                name: string;
                /** Format: email */
                email: string;
                /** @enum {string} */
                tier: "standard" | "priority" | "strategic";
            };
            products: {
                sku: string;
                name: string;
                qty: number;
            }[];
            /**
             * @description What sales promised; a commitment with a due date gets a reminder before it and an escalation after it
             * @default []
             */
            commitments: {
                description: string;
                /** Format: date-time */
                dueAt?: string;
            }[];
            salesRep: string;
            /** Format: date-time */
            closedAt: string;
        };
        HandoffList: {
            items: components["schemas"]["HandoffSummary"][];
        };
        HandoffSummary: {
            id: string;
            dealId: string;
            caseId: string;
            customer: {
                id: string;
                name: string;
                /** @enum {string} */
                tier: "standard" | "priority" | "strategic";
            };
            ownerId: string | null;
            /** @enum {string} */
            status: "welcome_pending" | "following_up" | "completed";
            openCommitments: number;
            /** @enum {string} */
            surveyStatus: "scheduled" | "sent" | "answered" | "no_response";
            handedOverAt: string;
            welcomedAt: string | null;
            completedAt: string | null;
            /** @description The earliest due time of its open clocks */
            nextDueAt: string | null;
        };
        /** @description Contacts, newest first */
        HandoffContactPage: {
            items: components["schemas"]["HandoffContactRecord"][];
            nextCursor: string | null;
        };
        HandoffContact: {
            /** @enum {string} */
            kind: "welcome" | "check_in";
            /**
             * @description Only `reached` makes the contact; the others are recorded attempts
             * @enum {string}
             */
            outcome: "reached" | "left_message" | "no_answer";
            note?: string;
        };
        FulfilCommitment: {
            note?: string;
        };
        WaiveCommitment: {
            reason: string;
        };
        SurveyResponse: {
            score: number;
            comment?: string;
        };
        /** @description Survey answers given in the window, and the response rate of the surveys sent in it */
        NpsReport: {
            from: string;
            to: string;
            /** @enum {string|null} */
            tier: "standard" | "priority" | "strategic" | null;
            responses: number;
            /** @description Scores 9-10 */
            promoters: number;
            /** @description Scores 7-8 */
            passives: number;
            /** @description Scores 0-6 */
            detractors: number;
            /** @description % promoters − % detractors, rounded half away from zero to a whole number; null without responses */
            nps: number | null;
            surveys: components["schemas"]["SurveyResponseRate"];
        };
        /** @description The response rate of the surveys sent in the window */
        SurveyResponseRate: {
            /** @description Surveys sent in the window */
            sent: number;
            /** @description Of those, answered (by the customer through the link or taken down by staff), whenever */
            answered: number;
            /** @description Of those, answered by the customer through the survey's link */
            answeredByLink: number;
            /** @description answered / sent, 4 decimals; null when none was sent */
            responseRate: number | null;
            /** @description answeredByLink / answered, 4 decimals; null when none was answered */
            byLinkShare: number | null;
        };
        PolicyVersion: {
            /** @enum {string} */
            name: "calendar" | "credits" | "returns" | "escalations" | "handoff" | "cases";
            version: number;
            document: components["schemas"]["PolicyDocument"];
            createdAt: string;
        };
        PolicyDocument: {
            /** @enum {string} */
            kind: "24x7";
        } | {
            /** @enum {string} */
            kind: "business_hours";
            timeZone: string;
            /** @description ISO weekdays, 1 = Monday */
            workingDays: number[];
            opensAt: string;
            closesAt: string;
            holidays: string[];
        } | {
            currency: string;
            authorityLimits: {
                agent: number;
                supervisor: number;
                accounting: number;
                /** @description null: unlimited */
                accounting_manager: number | null;
            };
            dualControlThreshold: number;
            goodwillCap: number;
            /** @description An ISO-8601 duration from P1D to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            goodwillWindow: string;
            decision: {
                /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                target: string;
            };
            warningFraction: number;
            /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            expiresAfter: string;
        } | {
            /** @description An ISO-8601 duration from P1D to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            defaultWindow: string;
            categoryWindows: {
                [key: string]: string;
            };
            finalSaleCategories: string[];
            restockingFeePercent: number;
            /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            reminderAfter: string;
            /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            expiresAfter: string;
            inspection: {
                /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                target: string;
            };
            warningFraction: number;
        } | {
            severities: {
                P1: {
                    /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                    ack: string;
                    /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                    resolve: string;
                    /** @enum {string} */
                    clock: "24x7" | "business";
                };
                P2: {
                    /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                    ack: string;
                    /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                    resolve: string;
                    /** @enum {string} */
                    clock: "24x7" | "business";
                };
                P3: {
                    /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                    ack: string;
                    /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                    resolve: string;
                    /** @enum {string} */
                    clock: "24x7" | "business";
                };
                P4: {
                    /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                    ack: string;
                    /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                    resolve: string;
                    /** @enum {string} */
                    clock: "24x7" | "business";
                };
            };
            warningFraction: number;
            /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            autoCloseAfter: string;
        } | {
            welcomeContact: {
                /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                standard: string;
                /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                priority: string;
                /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
                strategic: string;
            };
            checkIns: string[];
            /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            checkInContact: string;
            /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            commitmentReminderBefore: string;
            /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            surveyAt: string;
            /** @description An ISO-8601 duration from PT1S to P366D (a day is 24 hours; on a business-hours calendar an SLA target's day is a working day) */
            surveyWindow: string;
            warningFraction: number;
        } | {
            /** @description How long before a promised callback falls due its owner is reminded, on the calendar */
            callbackReminderBefore: string;
            /** @description A case closed within this time of opening (on the calendar), by its opener, with no transfer and no escalation, is a first-contact resolution */
            firstContactResolutionWindow: string;
        };
        /** @description A policy change that widens money authority, waiting for a second admin */
        PolicyChange: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            policy: "calendar" | "credits" | "returns" | "escalations" | "handoff" | "cases";
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            /** @description The version the change was proposed against; it can be approved only while that version is current */
            baseVersion: number;
            document: components["schemas"]["PolicyDocument"];
            /** @description The fields that widen money authority, hence the second admin */
            widens: string[];
            proposedBy: {
                id: string;
                name: string;
            };
            proposedAt: string;
            decidedBy: {
                id: string;
                name: string;
            } | null;
            decidedAt: string | null;
            /** @description Why it was rejected */
            reason: string | null;
            /** @description The policy version its approval made */
            version: number | null;
        };
        PolicyChangeList: {
            items: components["schemas"]["PolicyChange"][];
            nextCursor: string | null;
        };
        RejectPolicyChange: {
            reason: string;
        };
        ProcessCatalog: {
            processes: {
                name: string;
                title: string;
                workflowType: string;
                statuses: string[];
                steps: {
                    name: string;
                    title: string;
                    ownerRole: string;
                    /** @description Where the SLA target lives: a policy and the path of its duration there (`<severity>`, `<tier>`: one per value) */
                    target?: {
                        policy: string;
                        path: string;
                    };
                }[];
                actions: {
                    name: string;
                    title: string;
                    method: string;
                    path: string;
                    roles: string[];
                }[];
            }[];
        };
        Order: components["schemas"]["CreateOrder"] & {
            lines?: {
                sku: string;
                name: string;
                category: string;
                qty: number;
                unitPrice: components["schemas"]["Money"];
                finalSale: boolean;
            }[];
            /** Format: uuid */
            replacesReturnId: string | null;
        };
        CreateOrder: {
            id: string;
            customerId: string;
            /**
             * Format: email
             * @description Where the customer's messages about returns and credits go
             */
            customerEmail?: string;
            /** Format: date-time */
            deliveredAt: string;
            lines: {
                sku: string;
                name: string;
                category: string;
                qty: number;
                unitPrice: components["schemas"]["Money"];
                /** @default false */
                finalSale: boolean;
            }[];
        };
        Return: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "ineligible" | "awaiting_item" | "inspecting" | "resolving" | "completed" | "expired" | "cancelled";
            orderId: string;
            customerId: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            resolution: "refund" | "store_credit" | "exchange" | "repair";
            rmaNumber: string | null;
            trackingNumber: string | null;
            ineligibleLines: {
                sku: string;
                /** @enum {string} */
                code: "not_customers_order" | "not_on_order" | "quantity_exceeds_purchase" | "outside_return_window" | "final_sale";
            }[];
            lines: {
                sku: string;
                name: string | null;
                qty: number;
                /** @enum {string} */
                reason: "damaged" | "defective" | "wrong_item" | "not_as_described" | "changed_mind" | "other";
                /** @enum {string} */
                condition: "unopened" | "opened" | "damaged";
                unitPrice: components["schemas"]["Money"] | null;
                eligible: boolean;
                /** @enum {string|null} */
                ineligibleCode: "not_customers_order" | "not_on_order" | "quantity_exceeds_purchase" | "outside_return_window" | "final_sale" | null;
                exception: {
                    by: components["schemas"]["Actor"];
                    reason: string;
                } | null;
                receivedQty: number | null;
                /** @enum {string|null} */
                grade: "as_new" | "opened" | "damaged_by_customer" | "defective_confirmed" | null;
                credit: {
                    grossMinor: number;
                    restockingFeeMinor: number;
                    creditMinor: number;
                    refused: boolean;
                } | null;
            }[];
            currentStep: {
                name: string;
                ownerRole: string;
                startedAt: string;
                dueAt: string;
                warnedAt: string | null;
                breachedAt: string | null;
            } | null;
            totals: {
                grossMinor: number;
                restockingFeeMinor: number;
                creditMinor: number;
                currency: string;
            } | null;
            /** Format: uuid */
            creditId: string | null;
            creditStatus: string | null;
            replacementOrderId: string | null;
            /** Format: uuid */
            escalationId: string | null;
            requestedBy: components["schemas"]["Actor"];
            requestedAt: string;
            authorisedAt: string | null;
            receivedAt: string | null;
            inspectedAt: string | null;
            closedAt: string | null;
            policyVersion: number | null;
            workflowId: string;
            nextActions: components["schemas"]["NextAction"][];
        };
        StartReturn: {
            orderId: string;
            customerId: string;
            lines: {
                sku: string;
                qty: number;
                /** @enum {string} */
                reason: "damaged" | "defective" | "wrong_item" | "not_as_described" | "changed_mind" | "other";
                /** @enum {string} */
                condition: "unopened" | "opened" | "damaged";
            }[];
            /** @enum {string} */
            resolution: "refund" | "store_credit" | "exchange" | "repair";
            /** Format: uuid */
            caseId?: string;
        };
        ReturnList: {
            items: components["schemas"]["ReturnSummary"][];
        };
        ReturnSummary: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "ineligible" | "awaiting_item" | "inspecting" | "resolving" | "completed" | "expired" | "cancelled";
            orderId: string;
            customerId: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            resolution: "refund" | "store_credit" | "exchange" | "repair";
            rmaNumber: string | null;
            trackingNumber: string | null;
            /** Format: uuid */
            creditId: string | null;
            requestedAt: string;
            closedAt: string | null;
            /** @description When its current step is due */
            nextDueAt: string | null;
        };
        ReturnReceipt: {
            lines: {
                sku: string;
                qty: number;
            }[];
        };
        ReturnInspection: {
            lines: {
                sku: string;
                /** @enum {string} */
                grade: "as_new" | "opened" | "damaged_by_customer" | "defective_confirmed";
            }[];
        };
        ReturnException: {
            reason: string;
            /** @default [] */
            skus: string[];
        };
        CancelReturn: {
            reason?: string;
        };
        User: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
            email: string | null;
            active: boolean;
            createdAt: string;
            apiKeys: components["schemas"]["ApiKey"][];
        };
        /** @description A key as stored: its first characters, never the key */
        ApiKey: {
            id: string;
            prefix: string;
            /** @description What its owner uses it for; null for a key from the command line */
            label: string | null;
            createdAt: string;
            revokedAt: string | null;
            /** @description Who made the key; null: the command line (`npm run users:create`) */
            issuedBy: {
                id: string;
                name: string;
            } | null;
            /** @description True for a key an admin made for its owner before people made their own (that admin could act as the owner) */
            issuedByAnotherUser: boolean;
        };
        CreateUserRequest: {
            name: string;
            /** @enum {string} */
            role: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
            /**
             * Format: email
             * @description Where the user's and their role's messages go over SMTP; unique, in lower case
             */
            email?: string;
        };
        UserList: {
            items: components["schemas"]["User"][];
        };
        ChangeRoleRequest: {
            /** @enum {string} */
            role: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
        };
        ApiKeyList: {
            items: components["schemas"]["ApiKey"][];
        };
        /** @description A key as stored: its first characters, never the key */
        IssuedApiKey: components["schemas"]["ApiKey"] & {
            /** @description Shown once; only its hash is stored */
            key: string;
        };
        CreateApiKeyRequest: {
            label: string;
        };
        CreatedInvitation: {
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
            expiresAt: string;
            /** @description The one-time link to give the person: shown only in this answer; the token is in the fragment */
            acceptUrl: string;
        };
        CreateInvitationRequest: {
            name: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
        };
        InvitationList: {
            items: components["schemas"]["Invitation"][];
        };
        /** @description An invitation as stored: never its token */
        Invitation: {
            id: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked" | "expired";
            invitedBy: {
                id: string;
                name: string;
            };
            createdAt: string;
            expiresAt: string;
            acceptedAt: string | null;
            revokedAt: string | null;
        };
        AuditEventList: {
            items: components["schemas"]["AuditEvent"][];
            nextCursor: string | null;
        };
        /** @description One administrative act, as recorded; the trail is append-only */
        AuditEvent: {
            id: string;
            at: string;
            /** @description Who acted; null: the command line (`npm run users:create`) */
            actor: {
                id: string;
                name: string;
                /**
                 * @description The role they acted in
                 * @enum {string}
                 */
                role: "agent" | "supervisor" | "accounting" | "accounting_manager" | "warehouse" | "sales" | "ops" | "admin";
            } | null;
            /** @enum {string} */
            action: "user.created" | "user.role_changed" | "user.deactivated" | "api_key.issued" | "api_key.revoked" | "policy.changed" | "policy.change_proposed" | "policy.change_rejected" | "delegation.created" | "delegation.ended" | "invitation.created" | "invitation.revoked" | "invitation.accepted";
            target: {
                /** @enum {string} */
                type: "user" | "policy" | "delegation" | "invitation";
                id: string;
            };
            before: {
                [key: string]: unknown;
            } | null;
            after: {
                [key: string]: unknown;
            } | null;
        };
        NotificationList: {
            items: components["schemas"]["Notification"][];
            nextCursor: string | null;
        };
        /** @description A message of the notifications outbox and how its delivery went */
        Notification: {
            id: string;
            /** @enum {string} */
            audience: "customer" | "staff";
            recipient: string;
            template: string;
            /** @enum {string} */
            status: "pending" | "sent" | "undeliverable" | "failed";
            /** @description Attempts since it was enqueued or last sent again */
            attempts: number;
            /** @description The mail server's answer to the last failed attempt */
            lastError: string | null;
            createdAt: string;
            /** @description When the sender tries a pending message next; null once it is no longer pending */
            nextAttemptAt: string | null;
            sentAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { WorkflowHandle } from '@temporalio/client';
import type { Router } from 'express';
import type { ZodType } from 'zod';
import type { AuthenticatedUser } from '../db/users';
import type { ProcessDefinition } from '../domain/catalog';
import { z } from '../schemas/zod';
import type { UseCaseContext } from '../use-cases/context';
import { ProblemSchema } from './problem';
import { addRoute } from './route';

// The actions that move a running process on: `POST /v1/<resource>/{id}/<action>`, each an update
// of the process's workflow; who may send it comes from the access table, like every route.

export interface WorkflowAction<State> {
  name: string;
  summary: string;
  body: ZodType;
  // A method, so that each action may declare its own body type (method parameters are bivariant).
  send(handle: WorkflowHandle, user: AuthenticatedUser, body: unknown, context: UseCaseContext): Promise<State>;
}

/** Typed at the definition, stored untyped in the list. */
export function workflowAction<State, B extends ZodType>(action: {
  name: string;
  summary: string;
  body: B;
  send(handle: WorkflowHandle, user: AuthenticatedUser, body: z.infer<B>, context: UseCaseContext): Promise<State>;
}): WorkflowAction<State> {
  return action;
}

export interface WorkflowActions<State> {
  process: ProcessDefinition;
  /** The path segment after /v1/. */
  resource: string;
  tag: string;
  schema: ZodType;
  handle(context: UseCaseContext, id: string): Promise<WorkflowHandle>;
  view(state: State, handle: WorkflowHandle, user: AuthenticatedUser): unknown;
  actions: ReadonlyArray<WorkflowAction<State>>;
}

const IdParams = z.object({ id: z.uuid() });

export function addWorkflowActions<State>(router: Router, registry: OpenAPIRegistry, context: UseCaseContext, spec: WorkflowActions<State>): void {
  for (const action of spec.actions) {
    addRoute(router, registry, context, {
      method: 'post',
      path: `/v1/${spec.resource}/:id/${action.name}`,
      summary: action.summary,
      tag: spec.tag,
      params: IdParams,
      body: action.body,
      responses: {
        200: { description: `The ${spec.process.name} after the action`, schema: spec.schema },
        404: { description: `No such ${spec.process.name}`, schema: ProblemSchema },
        409: { description: `Out of order: the ${spec.process.name} is not in a state that allows this`, schema: ProblemSchema },
      },
      handler: async ({ params, body, user }, ctx) => {
        const handle = await spec.handle(ctx, params.id);
        const state = await action.send(handle, user, body, ctx);
        return { status: 200, body: spec.view(state, handle, user) };
      },
    });
  }
}

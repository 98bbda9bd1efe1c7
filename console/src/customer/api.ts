import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

// The customer pages' calls to the public API (/v1/public), each with the link's token.

export type CustomerOrder = components['schemas']['CustomerOrder'];
export type CustomerReturnStatus = components['schemas']['CustomerReturnStatus'];
export type CustomerReturn = components['schemas']['CustomerReturn'];
export type ExceptionRequest = components['schemas']['ExceptionRequest'];

const path = (token: string) => ({ params: { path: { token } } });

export function useSurvey(token: string) {
  return useQuery({ queryKey: ['survey', token], queryFn: () => unwrap(api.GET('/v1/public/surveys/{token}', path(token))) });
}

export function useAnswerSurvey(token: string) {
  return useMutation({
    mutationFn: (body: components['schemas']['SurveyAnswer']) => unwrap(api.POST('/v1/public/surveys/{token}', { ...path(token), body })),
  });
}

export function useOrderLookup() {
  return useMutation({ mutationFn: (body: components['schemas']['OrderLookup']) => unwrap(api.POST('/v1/public/order-lookups', { body })) });
}

export function useOrder(token: string) {
  return useQuery({ queryKey: ['order', token], queryFn: () => unwrap(api.GET('/v1/public/orders/{token}', path(token))) });
}

export function useStartReturn(token: string) {
  return useMutation({ mutationFn: (body: CustomerReturn) => unwrap(api.POST('/v1/public/orders/{token}/returns', { ...path(token), body })) });
}

export function useRequestException(token: string) {
  return useMutation({ mutationFn: (body: ExceptionRequest) => unwrap(api.POST('/v1/public/orders/{token}/exception-requests', { ...path(token), body })) });
}

export function useReturnStatus(token: string) {
  return useQuery({ queryKey: ['return', token], queryFn: () => unwrap(api.GET('/v1/public/returns/{token}', path(token))) });
}

export function useCreditStatus(token: string) {
  return useQuery({ queryKey: ['credit', token], queryFn: () => unwrap(api.GET('/v1/public/credits/{token}', path(token))) });
}

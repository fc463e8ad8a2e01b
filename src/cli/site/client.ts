// The demo site's subscribe box, bundled for the browser (dist/site-client.js, an IIFE) and
// copied into the generated site. It drives the real copydesk form reducer: idle → submitting →
// awaiting_confirmation ("Check your inbox…"), never "You've been subscribed!". The demo has no
// server, so the network step is simulated; an address ending in "@subscribed.example" plays an
// existing subscriber and one ending in "@fail.example" a server error, to show the retry path.
import {
  SUBSCRIBE_FORM_INITIAL_STATE,
  subscribeFormMessage,
  subscribeFormReducer,
  type SubscribeFormAction,
  type SubscribeFormState,
} from '../../subscription/index.js'

function wire(form: HTMLFormElement): void {
  let state: SubscribeFormState = SUBSCRIBE_FORM_INITIAL_STATE
  const status = form.querySelector<HTMLElement>('.status')
  const button = form.querySelector<HTMLButtonElement>('button')
  const emailInput = form.querySelector<HTMLInputElement>('input[type=email]')
  const honeypot = form.querySelector<HTMLInputElement>('input[name=website]')
  const dispatch = (action: SubscribeFormAction): void => {
    state = subscribeFormReducer(state, action)
    form.dataset.state = state.status
    if (status) status.textContent = state.status === 'idle' ? '' : subscribeFormMessage(state)
    if (button) {
      button.disabled = state.status === 'submitting'
      button.textContent =
        state.status === 'error' ? 'Try again' : state.status === 'submitting' ? 'Subscribing…' : 'Subscribe'
    }
  }
  const send = (): void => {
    const email = state.email
    setTimeout(() => {
      if (email.endsWith('@fail.example')) dispatch({ type: 'failed', reason: 'server' })
      else if (email.endsWith('@subscribed.example')) dispatch({ type: 'alreadySubscribed' })
      else dispatch({ type: 'confirmationSent' })
    }, 300)
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const newsletters = [...form.querySelectorAll<HTMLInputElement>('input[name=newsletter]:checked')].map(
      (i) => i.value,
    )
    const email = emailInput?.value ?? ''
    // After a success the reducer ignores "submit": a new address starts over, the same address
    // asks for the confirmation again, and every click says what happened.
    if (state.status === 'awaiting_confirmation' || state.status === 'already_subscribed') {
      if (email.trim().toLowerCase() !== state.email.trim().toLowerCase())
        dispatch({ type: 'edit', email, newsletters })
      else {
        const before = state
        if (state.status === 'awaiting_confirmation') dispatch({ type: 'resend' })
        if (status) {
          status.textContent =
            state === before
              ? `${subscribeFormMessage(state)} (Nothing more to do for ${state.email}.)`
              : `Sending the confirmation to ${state.email} again…`
        }
        form.dataset.repeat = String(Number(form.dataset.repeat ?? '0') + 1)
        if ((state as SubscribeFormState).status === 'submitting') send()
        return
      }
    }
    dispatch({ type: 'submit', email, newsletters, honeypot: honeypot?.value ?? '' })
    if (state.status === 'submitting') send()
  })
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.subscribe')) wire(form)

// fetch-webchat placeholder

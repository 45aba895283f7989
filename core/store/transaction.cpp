// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
#include "store/transaction.h"

#include "store/projectstore.h"

namespace Workbench::Core {

Transaction::Transaction(ProjectStore &store)
    : m_store(store)
{
    m_outermost = m_store.m_transactionDepth == 0;
    m_open = m_outermost ? m_store.database().transaction() : !m_store.m_transactionFailed;
    if (m_open) {
        ++m_store.m_transactionDepth;
        if (m_outermost) {
            m_store.m_transactionFailed = false;
        }
    }
}

Transaction::~Transaction()
{
    if (!m_open) {
        return;
    }
    --m_store.m_transactionDepth;
    m_store.m_transactionFailed = true;
    if (m_outermost) {
        m_store.database().rollback();
    }
}

bool Transaction::commit()
{
    if (!m_open) {
        return false;
    }
    m_open = false;
    --m_store.m_transactionDepth;
    if (!m_outermost) {
        return true;
    }
    if (!m_store.m_transactionFailed && m_store.database().commit()) {
        return true;
    }
    m_store.database().rollback();
    return false;
}

} // namespace Workbench::Core
